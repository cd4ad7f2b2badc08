package fr.ctg.resilience;

import fr.ctg.resilience.support.Accounts;
import fr.ctg.resilience.support.Api;
import fr.ctg.resilience.support.Database;
import fr.ctg.resilience.support.EventStore;
import fr.ctg.resilience.support.Load;
import fr.ctg.resilience.support.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7 §3: PostgreSQL stopped and started again under load. */
@Tag("slow")
class DatabaseRestartTest {

    private Database database;
    private Node service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void theApiAnswers503WhileTheDatabaseIsDownRecoversAndRetriesApplyOnce() {
        database = new Database("db-restart");
        service = new Node("db-restart-app", Node.Kind.APP, database).start();
        List<String> conventions = IntStream.range(0, 4).mapToObj(i -> "ctg-dbdown-" + i).toList();
        Fixtures.define(service, database.jdbc(), conventions);

        Load load = new Load(List.of(service.baseUrl()), conventions, 5_000).start()
                .awaitAcknowledged(40, Duration.ofSeconds(60));
        database.stop();
        List<Api.Answer> reads = new ArrayList<>();
        List<Api.Answer> pages = new ArrayList<>();
        // For 4 s of outage, a read and a page every 250 ms (each call is bounded at 10 s: the margin allows two rounds).
        await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(45)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(250)).until(() -> {
                    reads.add(Api.get(service.baseUrl(), "/api/v1/conventions/" + conventions.get(0), Accounts.READER));
                    pages.add(Api.page(service.baseUrl(), "/ui/conventions/" + conventions.get(0), Accounts.READER));
                    return true;
                });
        int acknowledgedWhileDown = load.acknowledged();
        database.start();
        load.awaitAcknowledged(acknowledgedWhileDown + 40, Duration.ofSeconds(60));
        List<Load.Attempt> attempts = load.stop();

        JdbcTemplate jdbc = database.jdbc();
        for (Load.Attempt failed : attempts.stream().filter(a -> !a.answer().ok()).toList()) {
            Api.Answer retried = retry(failed);
            assertThat(retried.status()).as("retry of %s -> %s", failed.marker(), retried.body()).isEqualTo(200);
        }
        for (Load.Attempt attempt : attempts) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE payload->>'note' = ?",
                    Long.class, attempt.marker())).as("events of %s", attempt.marker()).isEqualTo(1L);
        }
        EventStore.assertAcknowledgedStoredOnce(jdbc, attempts);
        EventStore.assertSequencesContiguous(jdbc);
        // Last, so that a wrong status does not hide whether the service recovered and retries applied once.
        Map<Integer, Long> failures = attempts.stream().filter(a -> !a.answer().ok())
                .collect(Collectors.groupingBy(a -> a.answer().status(), TreeMap::new, Collectors.counting()));
        assertThat(failures).as("commands refused while the database was down, by status (first: %s)",
                attempts.stream().filter(a -> !a.answer().ok()).findFirst().map(Load.Attempt::answer).orElse(null))
                .containsKey(503).containsOnlyKeys(503);
        assertThat(reads).as("views read while the database was down").isNotEmpty()
                .allSatisfy(read -> assertThat(read.status()).as(read.body()).isIn(200, 503));
        assertThat(reads).anyMatch(read -> read.status() == 503);
        // The dashboard said "session expired" (401, or the sign-in page) where the API said 503.
        assertThat(pages).as("pages asked for while the database was down")
                .allSatisfy(page -> assertThat(page.status()).as(page.body()).isIn(200, 503))
                .anyMatch(page -> page.status() == 503);

    }

    /** The same key and body again, a bounded number of times, as a client following Retry-After would. */
    private Api.Answer retry(Load.Attempt failed) {
        AtomicReference<Api.Answer> answer = new AtomicReference<>();
        AtomicInteger tries = new AtomicInteger();
        // Bounded by the number of tries; the time bound only guards against a hung call (10 s each).
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    answer.set(Api.post(service.baseUrl(), failed.path(), failed.body(), Accounts.COORDINATOR,
                            Map.of("Idempotency-Key", failed.marker())));
                    return answer.get().ok() || tries.incrementAndGet() == 10;
                });
        return answer.get();
    }
}
