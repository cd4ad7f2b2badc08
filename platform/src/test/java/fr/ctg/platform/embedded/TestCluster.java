package fr.ctg.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** The embedded default's cluster, started as the service starts it, with the platform's migrations run as the owner. */
final class TestCluster implements AutoCloseable {

    static final DatabaseRoles ROLES = new DatabaseRoles(DatabaseRoles.SUPERUSER, "ctg_owner", "ctg_app",
            "ctg_maintenance");

    final Path dataDirectory;
    final PasswordFile passwords;
    final EmbeddedPostgres postgres;

    TestCluster(Path directory) throws IOException {
        this.dataDirectory = directory.resolve("postgres");
        this.passwords = PasswordFile.load(directory.resolve("database-passwords"), ROLES.logins());
        this.postgres = EmbeddedPostgresConfiguration.start(dataDirectory, 0, false, ROLES, passwords);
    }

    String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    TestCluster migrated() {
        Flyway.configure().dataSource(url(), ROLES.owner(), passwords.of(ROLES.owner()))
                .placeholders(Map.of("owner-role", ROLES.owner(), "service-role", ROLES.service(),
                        "maintenance-role", ROLES.maintenance()))
                .locations("classpath:db/migration").load().migrate();
        return this;
    }

    Connection as(String role) throws SQLException {
        return DriverManager.getConnection(url(), role, passwords.of(role));
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
