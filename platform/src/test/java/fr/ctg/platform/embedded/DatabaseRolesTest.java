package fr.ctg.platform.embedded;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static fr.ctg.platform.embedded.TestCluster.ROLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The roles of the event store on the embedded default: the service appends and reads events but can neither change,
 * delete nor truncate them; the trigger refuses the owner and superusers too; only the maintenance role gets through;
 * and no connection gets in without its password.
 */
class DatabaseRolesTest {

    @TempDir
    static Path directory;
    static TestCluster cluster;

    @BeforeAll
    static void start() throws IOException {
        cluster = new TestCluster(directory).migrated();
    }

    @AfterAll
    static void stop() throws IOException {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void theEmbeddedDefaultRunsTheBundledPostgreSql17() throws SQLException {
        assertThat(DataDirectoryVersion.BUNDLED_MAJOR).isEqualTo("17");
        try (Connection connection = cluster.as(ROLES.service())) {
            assertThat(single(connection, "SELECT version()")).startsWith("PostgreSQL 17.");
            assertThat(single(connection, "SELECT current_setting('server_version_num')"))
                    .startsWith(DataDirectoryVersion.BUNDLED_MAJOR);
        }
    }

    @Test
    void theServiceRoleAppendsAndReadsEventsButCannotChangeDeleteOrTruncateThem() throws SQLException {
        try (Connection service = cluster.as(ROLES.service())) {
            long position = append(service, "service-append");
            assertThat(single(service, "SELECT count(*) FROM domain_event_entry WHERE global_index = " + position))
                    .isEqualTo("1");

            assertRefused(service, "UPDATE domain_event_entry SET payload = '{\"forged\":true}' WHERE global_index = "
                    + position, "permission denied");
            assertRefused(service, "DELETE FROM domain_event_entry WHERE global_index = " + position, "permission denied");
            assertRefused(service, "TRUNCATE domain_event_entry", "permission denied");
            assertThat(single(service, "SELECT payload::text FROM domain_event_entry WHERE global_index = " + position))
                    .isEqualTo("{}");
        }
    }

    @Test
    void theServiceRoleKeepsSnapshotsAndReadModelTablesButDoesNotEditSnapshots() throws SQLException {
        try (Connection service = cluster.as(ROLES.service()); Statement statement = service.createStatement()) {
            statement.execute("""
                    INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        time_stamp, payload_type, payload) VALUES ('snap', 3, 'Convention', 'snap-3', 'now', 'T', '{}')""");
            assertRefused(service, "UPDATE snapshot_event_entry SET payload = '{}'", "permission denied");
            assertThat(statement.executeUpdate("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = 'snap'"))
                    .as("Axon deletes superseded snapshots").isEqualTo(1);
            statement.execute("INSERT INTO token_entry (processor_name, segment) VALUES ('p', 0)");
            statement.execute("UPDATE token_entry SET owner = 'me' WHERE processor_name = 'p'");
            statement.execute("DELETE FROM token_entry WHERE processor_name = 'p'");
            statement.execute("TRUNCATE coordinator_assignment");
            // What the replay check and the as-of views build: temporary copies of tables.
            service.setAutoCommit(false);
            statement.execute("CREATE TEMPORARY TABLE account (LIKE public.account INCLUDING ALL) ON COMMIT DROP");
            service.rollback();
            assertRefused(service, "CREATE SCHEMA replay_copy", "permission denied");
        }
    }

    @Test
    void theTriggerRefusesTheOwnerAndASuperuserUnlessItBecomesTheMaintenanceRole() throws SQLException {
        long position;
        try (Connection owner = cluster.as(ROLES.owner())) {
            position = append(owner, "owner-append");
            assertRefused(owner, "UPDATE domain_event_entry SET payload = '{}' WHERE global_index = " + position,
                    "append-only");
            assertRefused(owner, "DELETE FROM domain_event_entry WHERE global_index = " + position, "append-only");
            assertRefused(owner, "TRUNCATE domain_event_entry", "append-only");
        }
        try (Connection superuser = cluster.as(ROLES.superuser()); Statement statement = superuser.createStatement()) {
            assertRefused(superuser, "DELETE FROM domain_event_entry WHERE global_index = " + position, "append-only");
            statement.execute("SET ROLE " + ROLES.maintenance());
            assertThat(statement.executeUpdate("UPDATE domain_event_entry SET payload = '{\"fixed\":1}' "
                    + "WHERE global_index = " + position)).isEqualTo(1);
        }
    }

    @Test
    void theMaintenanceRoleCanChangeAndDeleteEvents() throws SQLException {
        try (Connection maintenance = cluster.as(ROLES.maintenance());
             Statement statement = maintenance.createStatement()) {
            long position = append(maintenance, "maintenance-append");
            assertThat(statement.executeUpdate("UPDATE domain_event_entry SET payload = '{\"n\":2}' WHERE global_index = "
                    + position)).isEqualTo(1);
            assertThat(statement.executeUpdate("DELETE FROM domain_event_entry WHERE global_index = " + position))
                    .isEqualTo(1);
        }
    }

    @Test
    void theClusterRefusesAConnectionWithoutTheRightPassword() {
        for (String role : ROLES.logins()) {
            assertThatThrownBy(() -> DriverManager.getConnection(cluster.url(), role, "postgres").close())
                    .as(role).isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(cluster.url(), role, "").close())
                    .as(role).isInstanceOf(SQLException.class);
        }
        assertThat(cluster.dataDirectory.resolve("pg_hba.conf")).content()
                .doesNotContain("trust").contains("scram-sha-256");
    }

    @Test
    void thePasswordsAreInAFileOnlyItsOwnerCanRead() throws IOException {
        Path file = cluster.passwords.path();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(file)).hasSize(4)
                .allSatisfy(line -> assertThat(line).matches("\\*:\\*:\\*:[a-z_]+:[A-Za-z0-9_-]{32}"));
    }

    private static long append(Connection connection, String id) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload) VALUES ('%s', '%s', 0, 'Convention', 'now', 'T', '{}')"""
                    .formatted(id, id));
        }
        return Long.parseLong(single(connection,
                "SELECT global_index FROM domain_event_entry WHERE event_identifier = '" + id + "'"));
    }

    private static void assertRefused(Connection connection, String sql, String reason) {
        assertThatThrownBy(() -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(reason);
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
