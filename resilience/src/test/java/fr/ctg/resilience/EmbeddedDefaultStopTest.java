package fr.ctg.resilience;

import fr.ctg.resilience.support.Accounts;
import fr.ctg.resilience.support.Api;
import fr.ctg.resilience.support.Database;
import fr.ctg.resilience.support.EventStore;
import fr.ctg.resilience.support.Node;
import fr.ctg.resilience.support.Views;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator stops the service on its embedded default (SIGTERM): the service finishes its own shutdown (requests,
 * processors, their last tokens) while its PostgreSQL still runs, and a restart finds every event and view.
 */
@Tag("slow")
class EmbeddedDefaultStopTest {

    private Node service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void aStoppedServiceShutsDownBeforeItsEmbeddedDatabaseAndRestartsWhereItWas() throws IOException {
        Path data = Path.of("target", "embedded-stop-pg").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        int pgPort = Database.freePort();
        String[] embedded = {"--ctg.embedded.data-dir=" + data, "--ctg.embedded.port=" + pgPort};
        service = new Node("embedded-stop", Node.Kind.APP, null, embedded).start();
        JdbcTemplate jdbc = Database.embeddedAt(pgPort, Node.databasePasswordFile());
        String conventionId = "ctg-embedded-stop";
        Fixtures.define(service, jdbc, List.of(conventionId));
        Api.Answer updated = Api.post(service.baseUrl(), Api.statusPath(conventionId, "pe-01"),
                Api.statusBody("before-stop"), Accounts.COORDINATOR, Map.of());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        Views.awaitCaughtUp(service, jdbc, Duration.ofSeconds(60));
        long head = EventStore.head(jdbc);
        Map<String, List<String>> views = Views.dump(jdbc);
        long logBeforeStop = Files.size(service.logFile());

        int exit = service.stop(Duration.ofSeconds(60));

        byte[] log = Files.readAllBytes(service.logFile());
        // Sliced as bytes: the log is UTF-8 with French text, and the offset is a byte count.
        String shutdownLog = new String(log, (int) logBeforeStop, log.length - (int) logBeforeStop,
                StandardCharsets.UTF_8);
        assertThat(exit).as("exit code after SIGTERM; log:%n%s", shutdownLog).isIn(0, 143);
        assertThat(shutdownLog).as("the service lost its database while shutting down")
                .doesNotContain("Connection to localhost:" + pgPort + " refused")
                .doesNotContain("Connection is not available");

        service = new Node("embedded-stop-2", Node.Kind.APP, null, embedded).start();
        Views.awaitCaughtUp(service, jdbc, Duration.ofSeconds(60));
        assertThat(EventStore.head(jdbc)).isEqualTo(head);
        assertThat(Views.dump(jdbc)).isEqualTo(views);
    }
}
