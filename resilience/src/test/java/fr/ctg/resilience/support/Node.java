package fr.ctg.resilience.support;

import fr.ctg.platform.testing.TestClient;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.web.client.ResourceAccessException;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One service as a child JVM, started from this module's test classpath (or the all-in-one jar), so that it can be
 * killed with SIGKILL like a crashed server. Its output goes to target/nodes/NAME.log.
 */
public final class Node implements AutoCloseable {

    /** The all-in-one service, the command side alone, the query side alone. */
    public enum Kind { APP, COMMAND, QUERY }

    private static final TestClient HEALTH = TestClient.on("").timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));

    private final String name;
    private final Kind kind;
    private final Database database;
    private final List<String> extraArgs;
    private final int port;
    private Process process;

    /** @param database null for the service's embedded default (then {@code extraArgs} set its data directory) */
    public Node(String name, Kind kind, Database database, String... extraArgs) {
        this.name = name;
        this.kind = kind;
        this.database = database;
        this.extraArgs = Arrays.asList(extraArgs);
        this.port = Database.freePort();
    }

    /** Starts the process (same port as before on a restart) without waiting for it. */
    public Node launch() {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Daxoniq.update-checker.disabled=true"));
        command.addAll(launcher());
        command.add("--server.port=" + port);
        if (database != null) {
            command.addAll(List.of("--spring.datasource.url=" + database.jdbcUrl(),
                    "--spring.datasource.username=postgres", "--spring.datasource.password=postgres"));
        }
        command.addAll(List.of(
                // Fail fast while the database is down rather than holding requests 30 s for a connection.
                "--spring.datasource.hikari.connection-timeout=1500",
                "--spring.flyway.out-of-order=true",
                "--ctg.security.bcrypt-strength=4",
                "--ctg.security.initial-admin-file=" + Path.of("target", "nodes", name + "-admin").toAbsolutePath(),
                "--logging.level.root=WARN",
                "--logging.level.fr.ctg=INFO"));
        command.addAll(extraArgs);
        try {
            Path log = logFile();
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Starts the node and waits until it is healthy. The bound is generous on purpose: on a shared two-core machine
     * under a full build a JVM starting the whole service has been seen to take more than two minutes; time to healthy
     * is measured by the bench harness, not here.
     */
    public Node start() {
        return launch().awaitHealthy(START_BOUND);
    }

    public static final Duration START_BOUND = Duration.ofMinutes(4);

    /** Waits until /actuator/health answers (200, or 503 when only a component is down), bounded in time. */
    public Node awaitHealthy(Duration timeout) {
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " exited with " + process.exitValue()
                            + "; see target/nodes/" + name + ".log");
                }
                try {
                    return HEALTH.at(baseUrl()).get("/actuator/health").status() == 200;
                } catch (ResourceAccessException notYet) {
                    return false; // not listening yet
                }
            });
        } catch (ConditionTimeoutException notHealthy) {
            // The caller never gets this node to close: stopped here, it takes its embedded PostgreSQL with it.
            close();
            throw new IllegalStateException(name + " not healthy within " + timeout + "; see target/nodes/" + name
                    + ".log");
        }
        return this;
    }

    /** SIGKILL: no shutdown hook, no graceful stop, exactly like a crashed machine as far as the JVM can tell. */
    public void kill9() {
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGTERM, as an operator's stop: answers the exit code once the service has shut itself down. */
    public int stop(Duration timeout) {
        process.destroy();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still running " + timeout + " after SIGTERM");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    /** Where the service keeps its embedded database's passwords: beside its administrator's password file. */
    public static Path databasePasswordFile() {
        return Path.of("target", "nodes", "database-passwords").toAbsolutePath();
    }

    public Path logFile() {
        return Path.of("target", "nodes", name + ".log");
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private List<String> launcher() {
        String classpath = System.getProperty("java.class.path");
        if (kind == Kind.APP) {
            // The app module's artifact is the repackaged executable jar, so it runs as such.
            String jar = Arrays.stream(classpath.split(File.pathSeparator))
                    .filter(entry -> new File(entry).getName().matches("(ctg-app|app-[0-9].*)\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no app jar on " + classpath));
            return List.of("-jar", jar);
        }
        String main = kind == Kind.COMMAND ? "fr.ctg.command.CommandSideApplication" : "fr.ctg.query.QuerySideApplication";
        return List.of("-cp", classpath, main);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
