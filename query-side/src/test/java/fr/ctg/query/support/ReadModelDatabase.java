package fr.ctg.query.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One real PostgreSQL per test JVM, migrated like production, for projections tested as plain objects. */
public final class ReadModelDatabase {

    private static JdbcTemplate jdbc;

    private ReadModelDatabase() {
    }

    public static synchronized JdbcTemplate jdbc() {
        if (jdbc == null) {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException ignored) {
                        // the JVM is going away anyway
                    }
                }));
                DataSource dataSource = postgres.getPostgresDatabase();
                // As a DBA's superuser on an external PostgreSQL; the roles' names are the platform's defaults.
                Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                        .placeholders(Map.of("owner-role", "ctg_owner", "service-role", "ctg_app",
                                "maintenance-role", "ctg_maintenance"))
                        .load().migrate();
                jdbc = new JdbcTemplate(dataSource);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return jdbc;
    }

    public static void clear(List<String> tables) {
        jdbc().execute("TRUNCATE " + String.join(", ", tables));
    }

    /** Every row of each table as JSON, in a stable order: two snapshots are equal when the tables are. */
    public static Map<String, List<String>> snapshot(List<String> tables) {
        return snapshot(jdbc(), tables);
    }

    public static Map<String, List<String>> snapshot(JdbcTemplate jdbc, List<String> tables) {
        Map<String, List<String>> snapshot = new LinkedHashMap<>();
        for (String table : tables) {
            snapshot.put(table, jdbc.queryForList(
                    "SELECT to_jsonb(t)::text AS row FROM " + table + " t ORDER BY 1", String.class));
        }
        return snapshot;
    }
}
