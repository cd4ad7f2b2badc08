package fr.ctg.command.database;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.testing.Maintenance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * On the embedded default the service runs as the service role, which cannot change, delete or truncate an event,
 * and the migrations ran as the owner.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class)
class EmbeddedDefaultRolesTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void theServiceConnectsAsTheServiceRoleAndTheMigrationsRanAsTheOwner() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo("ctg_app");
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(Maintenance.jdbc(context).queryForList("SELECT DISTINCT installed_by FROM flyway_schema_history",
                String.class)).containsExactly("ctg_owner");
    }

    @Test
    void theServiceCannotChangeDeleteOrTruncateAnEvent() {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload) VALUES ('roles-test', 'roles-test', 0, 'Convention',
                    '2026-01-01T00:00:00Z', 'T', '{}')""");

        assertThatThrownBy(() -> jdbc.update("UPDATE domain_event_entry SET payload = '{\"x\":1}' "
                + "WHERE event_identifier = 'roles-test'")).isInstanceOf(DataAccessException.class)
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM domain_event_entry WHERE event_identifier = 'roles-test'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE domain_event_entry"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("COPY domain_event_entry TO PROGRAM 'true'"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThat(jdbc.queryForObject("SELECT payload::text FROM domain_event_entry WHERE event_identifier = "
                + "'roles-test'", String.class)).isEqualTo("{}");

        Maintenance.jdbc(context).update("DELETE FROM domain_event_entry WHERE event_identifier = 'roles-test'");
    }
}
