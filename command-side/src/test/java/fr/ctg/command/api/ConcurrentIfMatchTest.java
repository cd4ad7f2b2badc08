package fr.ctg.command.api;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent commands on one convention: with one If-Match, exactly one applies and the others are told their version
 * is stale; without If-Match, the re-run of a command that lost the race to append applies them all.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentIfMatchTest {

    private static final List<String> ACTIONS = List.of("pe-01", "pe-02", "pe-03", "pe-04", "pe-05", "pe-06", "pe-07",
            "pe-08");

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    CommandApiClient api;
    String id;
    String base;
    private final ExecutorService pool = Executors.newFixedThreadPool(ACTIONS.size());

    @BeforeEach
    void defineTheSample() {
        id = CommandApiClient.defineFreshSample(http, context);
        api = new CommandApiClient(http, TestAccounts.COORDINATOR);
        base = "/api/v1/conventions/" + id;
    }

    @AfterEach
    void stopThePool() {
        pool.shutdownNow();
    }

    @Test
    void withOneIfMatchExactlyOneOfEightConcurrentCommandsAppliesTheOthersAreStale() throws Exception {
        List<CommandApiClient.Answer> answers = sendAtOnce(Map.of("If-Match", "\"0\""));

        assertThat(answers).filteredOn(a -> a.status() == 200).as("%s", answers).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() != 200).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(409);
            assertThat(a.body().get("rule").asText()).isEqualTo("version-conflict");
            assertThat(a.body().get("detail").asText()).contains("If-Match");
        });
        assertThat(statusUpdates()).isEqualTo(1);
    }

    @Test
    void withoutIfMatchEightConcurrentCommandsAllApply() throws Exception {
        List<CommandApiClient.Answer> answers = sendAtOnce(Map.of());

        assertThat(answers).as("%s", answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(answers).extracting(a -> a.body().get("version").asLong())
                .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(statusUpdates()).isEqualTo(ACTIONS.size());
    }

    private List<CommandApiClient.Answer> sendAtOnce(Map<String, String> headers) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CommandApiClient.Answer>> sent = new ArrayList<>();
        for (String action : ACTIONS) {
            sent.add(pool.submit(() -> {
                start.await();
                return api.post(base + "/actions/" + action + "/status",
                        "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-01-10\",\"note\":\"Revue COPIL\"}", headers);
            }));
        }
        start.countDown();
        List<CommandApiClient.Answer> answers = new ArrayList<>();
        for (Future<CommandApiClient.Answer> answer : sent) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }
        return answers;
    }

    private long statusUpdates() {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%ActionStatusUpdated'""", Long.class, id);
    }
}
