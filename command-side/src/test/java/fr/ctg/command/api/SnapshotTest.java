package fr.ctg.command.api;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A long-lived convention is loaded from a snapshot, readable JSON too, and keeps every rule. */
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
        TestAccounts.createAll(context);
        TestAccounts.assign(context, ID, TestAccounts.COORDINATOR);
        CommandApiClient admin = new CommandApiClient(http, TestAccounts.ADMIN);
        CommandApiClient coordinator = new CommandApiClient(http, TestAccounts.COORDINATOR);
        assertThat(admin.post("/api/v1/conventions", SampleConvention.as(ID)).status()).isEqualTo(201);
        for (int i = 1; i <= 12; i++) {
            assertThat(coordinator.post("/api/v1/conventions/" + ID + "/actions/pe-0" + (1 + i % 5) + "/status",
                    "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-01-" + (10 + i) + "\",\"note\":\"suivi " + i + "\"}")
                    .status()).isEqualTo(200);
        }
        assertThat(coordinator.post("/api/v1/conventions/" + ID + "/actions/pe-01/status",
                "{\"status\":\"DONE\",\"on\":\"2024-02-01\"}").status()).isEqualTo(200);

        Map<String, Object> snapshot = awaitSnapshot(ID);
        assertThat(snapshot.get("type")).isEqualTo("Convention");
        assertThat((String) snapshot.get("communes")).contains("Rive-de-Gier");

        CommandApiClient.Answer afterDone = coordinator.post("/api/v1/conventions/" + ID + "/actions/pe-01/status",
                "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\"}");
        assertThat(afterDone.status()).isEqualTo(409);
        assertThat(afterDone.body().get("rule").asText()).isEqualTo("action-already-done");
        CommandApiClient.Answer next = coordinator.post("/api/v1/conventions/" + ID + "/communes/42186/presentation",
                "{\"sessionDate\":\"2023-09-06\"}");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("version").asLong()).isEqualTo(14);
    }

    @Test
    void aSnapshotOfAnotherRevisionIsIgnoredAndTheEventsReplayed() throws Exception {
        String id = ID + "-revision";
        TestAccounts.createAll(context);
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        CommandApiClient admin = new CommandApiClient(http, TestAccounts.ADMIN);
        CommandApiClient coordinator = new CommandApiClient(http, TestAccounts.COORDINATOR);
        assertThat(admin.post("/api/v1/conventions", SampleConvention.as(id)).status()).isEqualTo(201);
        for (int i = 1; i <= 11; i++) {
            assertThat(coordinator.post("/api/v1/conventions/" + id + "/actions/pe-02/status",
                    "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-01-" + (10 + i) + "\"}").status()).isEqualTo(200);
        }
        assertThat(coordinator.post("/api/v1/conventions/" + id + "/actions/pe-01/status",
                "{\"status\":\"DONE\",\"on\":\"2024-02-01\"}").status()).isEqualTo(200);
        awaitSnapshot(id);
        // An older shape of the aggregate: unreadable as today's Convention, and marked as another revision.
        assertThat(jdbc.update("UPDATE snapshot_event_entry SET payload_revision = '0', payload = '{\"old\":true}'"
                + " WHERE aggregate_identifier = ?", id)).isEqualTo(1);

        CommandApiClient.Answer afterDone = coordinator.post("/api/v1/conventions/" + id + "/actions/pe-01/status",
                "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\"}");
        assertThat(afterDone.status()).isEqualTo(409);
        assertThat(afterDone.body().get("rule").asText()).isEqualTo("action-already-done");
        CommandApiClient.Answer next = coordinator.post("/api/v1/conventions/" + id + "/actions/pe-03/status",
                "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\"}");
        assertThat(next.status()).isEqualTo(200);
        assertThat(next.body().get("version").asLong()).isEqualTo(13);
    }

    /** Snapshots are taken after the command's transaction, on a thread of their own. */
    private Map<String, Object> awaitSnapshot(String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            var rows = jdbc.queryForList("""
                    SELECT type, payload->>'communes' AS communes FROM snapshot_event_entry
                    WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""", id);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no snapshot of " + id + " within 10 s");
    }
}
