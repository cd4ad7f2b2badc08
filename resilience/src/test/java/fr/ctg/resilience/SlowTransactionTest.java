package fr.ctg.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.resilience.support.Accounts;
import fr.ctg.resilience.support.Api;
import fr.ctg.resilience.support.Database;
import fr.ctg.resilience.support.Node;
import fr.ctg.resilience.support.Views;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 §3, the slow transaction: a real command whose transaction stays open for seconds after it took its
 * global index, while later commands commit and are projected. Its transaction is held without any hook in the
 * service: the test first inserts, uncommitted, the row the command will insert into {@code command_idempotency}
 * under the same principal and key, so the command's transaction waits on that lock after appending its event (the
 * key's advisory lock, which the command takes first, is free: the test does not take it); the test rolls
 * back 6 s later and the command commits.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowTransactionTest {

    private static final String SLOW = "ctg-slow-x";
    private static final String FAST = "ctg-slow-y";
    private static final Duration HELD = Duration.ofSeconds(6);

    private Database database;
    private Node service;
    private Api.Answer slowAnswer;
    private long slowTookNanos;
    private long lastFastPosition;
    private Api.Answer fastViewWhileHeld;

    @BeforeAll
    void holdOneCommandOpenWhileOthersCommit() throws Exception {
        database = new Database("slow-tx");
        JdbcTemplate jdbc = database.jdbc();
        service = new Node("slow-tx-app", Node.Kind.APP, database).start();
        Fixtures.define(service, jdbc, List.of(SLOW, FAST));

        try (Connection holder = DriverManager.getConnection(database.jdbcUrl(), "postgres", "postgres")) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("""
                    INSERT INTO command_idempotency (principal, idempotency_key, request_hash, status, response,
                                                     created_at)
                    VALUES (?, 'slow-key', repeat('0', 64), 200, '{}'::jsonb, now())""")) {
                lock.setString(1, Accounts.COORDINATOR);
                lock.executeUpdate();
            }
            long heldSince = System.nanoTime();
            CompletableFuture<Api.Answer> slow = CompletableFuture.supplyAsync(() -> Api.post(service.baseUrl(),
                    Api.statusPath(SLOW, "pe-01"), Api.statusBody("m-slow-marker"), Accounts.COORDINATOR,
                    Map.of("Idempotency-Key", "slow-key"), Duration.ofSeconds(30)));
            awaitWaitingOnALock(jdbc);

            for (int i = 0; i < 10; i++) {
                Api.Answer fast = Api.post(service.baseUrl(), Api.statusPath(FAST, Api.ACTIONS.get(i % 8)),
                        Api.statusBody("m-fast-" + i), Accounts.COORDINATOR, Map.of());
                assertThat(fast.status()).as("fast command -> %s", fast.body()).isEqualTo(200);
                lastFastPosition = fast.json().path("position").asLong();
            }
            fastViewWhileHeld = Api.get(service.baseUrl(), "/api/v1/conventions/" + FAST
                    + "/action-progress?size=500&minPosition=" + lastFastPosition, Accounts.READER);
            long remaining = HELD.toMillis() - (System.nanoTime() - heldSince) / 1_000_000;
            Thread.sleep(Math.max(remaining, 0));
            holder.rollback();
            slowAnswer = slow.get();
            slowTookNanos = System.nanoTime() - heldSince;
        }
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anEventCommittedSecondsAfterLaterEventsIsStillProjected() {
        assertThat(slowAnswer.status()).as("slow command -> %s", slowAnswer.body()).isEqualTo(200);
        assertThat(Duration.ofNanos(slowTookNanos)).isGreaterThanOrEqualTo(HELD);
        long slowPosition = slowAnswer.json().path("position").asLong();
        assertThat(slowPosition).as("the slow event took its index before the later ones")
                .isLessThan(lastFastPosition);
        assertThat(fastViewWhileHeld.status()).as("later events were projected while the slow one was open: %s",
                fastViewWhileHeld.body()).isEqualTo(200);

        Api.Answer view = Api.get(service.baseUrl(), "/api/v1/conventions/" + SLOW
                + "/action-progress?size=500&minPosition=" + slowPosition, Accounts.READER);
        assertThat(view.status()).as("view of the slow convention -> %s", view.body()).isEqualTo(200);
        JsonNode pe01 = item(view.json(), "pe-01");
        assertThat(pe01.path("note").asText()).isEqualTo("m-slow-marker");
        assertThat(pe01.path("status").asText()).isEqualTo("IN_PROGRESS");
    }

    /**
     * Row for row, the idempotence bookkeeping included: rows are guarded by the sequence number of the last event of
     * their convention, which a late event carries exactly, where a token's position would be the highest index
     * already seen (this test failed when rows kept that position).
     */
    @Test
    void theLateEventsRowEqualsTheRebuiltRowIncludingItsBookkeeping() {
        JdbcTemplate jdbc = database.jdbc();
        Views.awaitCaughtUp(service, jdbc, Duration.ofSeconds(30));
        Map<String, List<String>> live = Views.dump(jdbc);
        Views.startRebuild(service);
        Views.awaitRebuilt(service, jdbc, Duration.ofSeconds(60));
        Views.assertEqualViews(Views.dump(jdbc), live);
    }

    private static JsonNode item(JsonNode view, String actionId) {
        for (JsonNode item : view.path("items")) {
            if (item.path("actionId").asText().equals(actionId)) {
                return item;
            }
        }
        throw new AssertionError("no " + actionId + " in " + view);
    }

    private static void awaitWaitingOnALock(JdbcTemplate jdbc) throws SQLException {
        try {
            await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        Long waiting = jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE NOT granted", Long.class);
                        return waiting != null && waiting > 0;
                    });
        } catch (ConditionTimeoutException neverWaited) {
            throw new AssertionError("the slow command never waited on the held key");
        }
    }
}
