package fr.ctg.resilience;

import fr.ctg.resilience.support.Accounts;
import fr.ctg.resilience.support.Api;
import fr.ctg.resilience.support.Database;
import fr.ctg.resilience.support.EventStore;
import fr.ctg.resilience.support.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 of the service leaves its embedded PostgreSQL running on its own. The next start stops that orphan
 * cleanly, says so in one log line, starts its own server and finds every event.
 */
@Tag("slow")
class OrphanedEmbeddedDatabaseTest {

    private Node service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theNextStartStopsTheOrphanedPostgreSqlSaysSoOnceAndCarriesOn() throws IOException {
        Path data = Path.of("target", "orphan-pg").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        int pgPort = Database.freePort();
        // The library's own output (pg_ctl's, the server's) is shown: a refused second server would show there.
        String[] embedded = {"--ctg.embedded.data-dir=" + data, "--ctg.embedded.port=" + pgPort,
                "--logging.level.io.zonky=INFO"};
        service = new Node("orphan-1", Node.Kind.APP, null, embedded).start();
        JdbcTemplate jdbc = Database.embeddedAt(pgPort, Node.databasePasswordFile());
        Fixtures.define(service, jdbc, List.of("ctg-orphan"));
        long head = EventStore.head(jdbc);

        service.kill9();
        ProcessHandle orphan = postmaster(data).orElseThrow();
        assertThat(running(orphan)).as("the embedded PostgreSQL outlived its service").isTrue();

        service = new Node("orphan-2", Node.Kind.APP, null, embedded);
        // The node's log is appended to across runs: only this start's part counts.
        long before = Files.exists(service.logFile()) ? Files.size(service.logFile()) : 0;
        service.start();

        byte[] all = Files.readAllBytes(service.logFile());
        String log = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
        assertThat(log.lines().filter(line -> line.contains("The embedded PostgreSQL of a previous run")))
                .as(log).singleElement().asString()
                .contains("(pid " + orphan.pid() + ",").contains("stopped it cleanly");
        assertThat(log).contains("server started").doesNotContain("already exists");
        assertThat(running(orphan)).as("the orphan is gone").isFalse();
        assertThat(postmaster(data).orElseThrow().pid()).isNotEqualTo(orphan.pid());
        assertThat(EventStore.head(jdbc)).isEqualTo(head);
        Api.Answer updated = Api.post(service.baseUrl(), Api.statusPath("ctg-orphan", "pe-01"),
                Api.statusBody("after-orphan"), Accounts.COORDINATOR, Map.of());
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
    }

    /** Alive and still a program: the stopped orphan may linger as a zombie until its adopter reaps it. */
    private static boolean running(ProcessHandle process) {
        return process.isAlive() && process.info().command().isPresent();
    }

    private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()));
    }
}
