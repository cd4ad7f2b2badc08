package fr.ctg.resilience.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL on a fixed data directory under target/ and a fixed port, so that it can be stopped under the
 * services' feet and started again with the same data: the services keep their JDBC URL across the outage.
 */
public final class Database implements AutoCloseable {

    /** The service's database role (ctg.database.service-role's default). */
    public static final String SERVICE_ROLE = "ctg_app";

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres postgres;

    public Database(String name) {
        this.dataDir = Path.of("target", "pg-" + name).toAbsolutePath();
        this.port = freePort();
        deleteRecursively(dataDir);
        start();
    }

    public synchronized void start() {
        try {
            // Not "clean": a restart must find the data the services committed before the stop.
            postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                    .setPort(port).setRegisterShutdownHook(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public synchronized void stop() {
        try {
            postgres.close();
            postgres = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String jdbcUrl() {
        return urlAt(port);
    }

    /** A fresh connection each time, so that the test's own reads survive an outage once it is over. */
    public JdbcTemplate jdbc() {
        // This class's PostgreSQL stands for an external one a DBA runs: the test is its superuser.
        return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl() + "?stringtype=unspecified", "postgres",
                "postgres"));
    }

    /**
     * The same, for a service's embedded default on {@code port}: it asks for a password, generated in the service's
     * database password file; the test reads and writes rows as the service itself does, with the service role.
     */
    public static JdbcTemplate embeddedAt(int port, Path passwordFile) {
        return new JdbcTemplate(new DriverManagerDataSource(urlAt(port) + "?stringtype=unspecified", SERVICE_ROLE,
                passwordOf(passwordFile, SERVICE_ROLE)));
    }

    /** A role's password in libpq's password file format ({@code *:*:*:role:password}). */
    private static String passwordOf(Path passwordFile, String role) {
        try {
            return Files.readAllLines(passwordFile).stream().map(line -> line.split(":", 5))
                    .filter(fields -> fields.length == 5 && fields[3].equals(role)).map(fields -> fields[4])
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + role + " in " + passwordFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String urlAt(int port) {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() {
        if (postgres != null) {
            stop();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
