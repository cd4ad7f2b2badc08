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
        return jdbcAt(port);
    }

    /** The same, for a PostgreSQL this class did not start (a service's embedded default on {@code port}). */
    public static JdbcTemplate jdbcAt(int port) {
        return new JdbcTemplate(new DriverManagerDataSource(urlAt(port) + "?stringtype=unspecified", "postgres",
                "postgres"));
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
