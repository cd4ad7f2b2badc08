package fr.ctg.command.api;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.Maintenance;
import fr.ctg.platform.testing.SampleConvention;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A long-lived convention is loaded from a snapshot, readable JSON too, and keeps every rule. */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ctg.command.snapshot-every=10")
class SnapshotTest {

    static final String ID = "ctg-snapshot";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aConventionPastTheThresholdIsSnapshottedAndStillKeepsItsRules() throws Exception {
        CommandApiClient coordinator = conventionWithTwelveUpdatesThenPe01Done(ID);

        Map<String, Object> snapshot = awaitSnapshot(ID);
        assertThat(snapshot.get("type")).isEqualTo("Convention");
        assertThat((String) snapshot.get("communes")).contains("Rive-de-Gier");

        keepsItsRules(coordinator, ID, 14);
    }

    @Test
    void aSnapshotOfAnotherRevisionIsIgnoredAndTheEventsReplayed() throws Exception {
        String id = ID + "-revision";
        CommandApiClient coordinator = conventionWithTwelveUpdatesThenPe01Done(id);
        awaitSnapshot(id);
        // A snapshot of another revision that reads as a Convention where pe-08, never touched, is done: were it
        // used, moving pe-08 on would be refused.
        // The service's role adds and removes snapshots but never edits one: the forgery takes the maintenance role.
        assertThat(Maintenance.jdbc(context).update("""
                UPDATE snapshot_event_entry
                SET payload_revision = '0', payload = jsonb_set(payload, '{actions,pe-08}', '"DONE"')
                WHERE aggregate_identifier = ?""", id)).isPositive();
        assertThat(coordinator.post("/api/v1/conventions/" + id + "/actions/pe-08/status",
                "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\"}").status()).isEqualTo(200);

        keepsItsRules(coordinator, id, 15);
    }

    /** Versions 0 (definition) to 13 (pe-01 done): past the test threshold of 10 events. */
    private CommandApiClient conventionWithTwelveUpdatesThenPe01Done(String id) {
        TestAccounts.createAll(context);
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        CommandApiClient admin = new CommandApiClient(http, TestAccounts.ADMIN);
        CommandApiClient coordinator = new CommandApiClient(http, TestAccounts.COORDINATOR);
        assertThat(admin.post("/api/v1/conventions", SampleConvention.as(id)).status()).isEqualTo(201);
        for (int i = 1; i <= 12; i++) {
            assertThat(coordinator.post("/api/v1/conventions/" + id + "/actions/pe-0" + (1 + i % 5) + "/status",
                    "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-01-" + (10 + i) + "\",\"note\":\"suivi " + i + "\"}")
                    .status()).isEqualTo(200);
        }
        assertThat(coordinator.post("/api/v1/conventions/" + id + "/actions/pe-01/status",
                "{\"status\":\"DONE\",\"on\":\"2024-02-01\"}").status()).isEqualTo(200);
        return coordinator;
    }

    /** A done action stays done, and the next event follows the last one. */
    private static void keepsItsRules(CommandApiClient coordinator, String id, long nextVersion) {
        CommandApiClient.Answer afterDone = coordinator.post("/api/v1/conventions/" + id + "/actions/pe-01/status",
                "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\"}");
        assertThat(afterDone.status()).isEqualTo(409);
        assertThat(afterDone.body().get("rule").asText()).isEqualTo("action-already-done");
        CommandApiClient.Answer next = coordinator.post("/api/v1/conventions/" + id + "/communes/42186/presentation",
                "{\"sessionDate\":\"2023-09-06\"}");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("version").asLong()).isEqualTo(nextVersion);
    }

    /** Snapshots are taken after the commands' transactions: waits until the latest one stops changing. */
    private Map<String, Object> awaitSnapshot(String id) {
        AtomicReference<Map<String, Object>> latest = new AtomicReference<>();
        AtomicInteger unchanged = new AtomicInteger();
        try {
            await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        var rows = jdbc.queryForList("""
                                SELECT sequence_number, type, payload->>'communes' AS communes FROM snapshot_event_entry
                                WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""", id);
                        Map<String, Object> now = rows.isEmpty() ? null : rows.get(0);
                        unchanged.set(now != null && now.equals(latest.get()) ? unchanged.get() + 1 : 0);
                        latest.set(now);
                        return unchanged.get() == 3;
                    });
        } catch (ConditionTimeoutException unsettled) {
            throw new AssertionError("no settled snapshot of " + id + " within 10 s, last seen " + latest.get());
        }
        return latest.get();
    }
}
