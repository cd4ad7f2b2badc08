package fr.ctg.platform.embedded;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * After the service was killed (kill -9, a crash), its embedded PostgreSQL goes on running on its own: the next
 * start would fail to start another one on the same directory and quietly use the orphan, with the settings of
 * the previous run. It is stopped cleanly first (a fast shutdown: its transactions were the dead service's).
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private OrphanPostmaster() {
    }

    static void stopIfRunning(Path dataDirectory, Path pgCtl) {
        Optional<ProcessHandle> orphan = running(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        long pid = orphan.get().pid();
        Programs.Result stop = Programs.run(pgCtl, List.of("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w",
                "-t", Long.toString(STOP_TIMEOUT.toSeconds())), null, STOP_TIMEOUT.plusSeconds(10));
        // pg_ctl returns once the server is down (its pid file gone). The process itself may linger as a zombie
        // until whoever adopted it reaps it: that is not a running server.
        if (stop.exitCode() != 0 || running(dataDirectory).isPresent()) {
            throw new IllegalStateException("The embedded PostgreSQL of a previous run (pid " + pid + ") still runs on "
                    + dataDirectory + " and could not be stopped: " + stop.output().strip());
        }
        log.warn("The embedded PostgreSQL of a previous run was still running on {} (pid {}, left behind when the "
                + "service was killed): stopped it cleanly (pg_ctl stop -m fast) before starting afresh", dataDirectory,
                pid);
    }

    /** The postmaster named by the directory's postmaster.pid, if that process is alive and is a PostgreSQL. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            // A pid written before a reboot may now be another program: only a postgres counts (a zombie has no
            // command any more).
            return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }
}
