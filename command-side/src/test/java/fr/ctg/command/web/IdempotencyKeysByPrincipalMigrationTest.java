package fr.ctg.command.web;

import fr.ctg.command.CommandSideApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import fr.ctg.platform.embedded.EmbeddedDatabase;
import fr.ctg.platform.testing.Maintenance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * V220 on keys stored before it: each gets the principal of the command it answered, read from its event, so that
 * its owner's retry still replays it. Run in a scratch schema of a rolled-back transaction.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class)
class IdempotencyKeysByPrincipalMigrationTest {

    @Autowired
    EmbeddedDatabase database;

    @Test
    void anExistingKeyGetsThePrincipalOfItsEventAndAnotherUserMayThenUseTheSameKey() {
        // A scratch schema is beyond what the service's own role may create: the cluster's superuser runs it, on
        // one connection, in a transaction that is always rolled back.
        SingleConnectionDataSource superuser = new SingleConnectionDataSource(database.jdbcUrl(), "postgres",
                Maintenance.password(database.passwordFile(), "postgres"), true);
        JdbcTemplate jdbc = new JdbcTemplate(superuser);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(superuser));
        try {
            check(jdbc, transaction);
        } finally {
            superuser.destroy();
        }
    }

    private static void check(JdbcTemplate jdbc, TransactionTemplate transaction) {
        transaction.executeWithoutResult(status -> {
            jdbc.execute("CREATE SCHEMA v220_check");
            jdbc.execute("SET LOCAL search_path = v220_check");
            jdbc.execute("""
                    CREATE TABLE domain_event_entry (aggregate_identifier VARCHAR(255) NOT NULL,
                        sequence_number BIGINT NOT NULL, meta_data JSONB)""");
            jdbc.execute(script("V10__command_idempotency.sql"));
            jdbc.update("INSERT INTO domain_event_entry VALUES ('ctg-a', 3, '{\"principal\":\"alice\"}')");
            jdbc.update("""
                    INSERT INTO command_idempotency VALUES ('key-1', repeat('a', 64), 200,
                        '{"conventionId":"ctg-a","version":3,"position":9,"events":["X"]}', now())""");
            jdbc.update("""
                    INSERT INTO command_idempotency VALUES ('key-orphan', repeat('b', 64), 200,
                        '{"conventionId":"ctg-gone","version":1,"position":2,"events":["X"]}', now())""");

            jdbc.execute(script("V220__idempotency_keys_by_principal.sql"));

            assertThat(jdbc.queryForList("SELECT principal || '/' || idempotency_key FROM command_idempotency "
                    + "ORDER BY idempotency_key", String.class)).isEqualTo(List.of("alice/key-1", "/key-orphan"));
            jdbc.update("INSERT INTO command_idempotency VALUES ('key-1', repeat('c', 64), 200, '{}', now(), 'bob')");
            assertThatThrownBy(() -> jdbc.update(
                    "INSERT INTO command_idempotency VALUES ('key-1', repeat('c', 64), 200, '{}', now(), 'alice')"))
                    .isInstanceOf(DuplicateKeyException.class);
            status.setRollbackOnly();
        });
    }

    private static String script(String name) {
        try {
            return new ClassPathResource("db/migration/" + name).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
