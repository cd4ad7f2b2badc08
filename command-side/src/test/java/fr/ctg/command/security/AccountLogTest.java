package fr.ctg.command.security;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import fr.ctg.platform.embedded.EmbeddedDatabase;
import fr.ctg.platform.testing.Maintenance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The account log: what it records, what it never records, who reads it, and that the database keeps it whole. */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountLogTest {

    static final String ADMIN = TestAccounts.ADMIN;
    static final String PW = TestAccounts.PASSWORD;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    SignInClient http;

    @BeforeEach
    void accounts() {
        TestAccounts.createAll(context);
        http = new SignInClient(port, "192.0.2.31");
    }

    @Test
    void eachOperationIsRecordedWithWhoAndWhatButNeverAPasswordOrAHash() {
        String account = "log-" + System.nanoTime();
        String[] passwords = {"first-log-password", "reset-log-password", "own-log-password"};
        assertThat(http.send("POST", "/api/v1/admin/accounts", ADMIN, PW, "{\"username\":\"" + account
                + "\",\"password\":\"" + passwords[0] + "\",\"roles\":[\"DASHBOARD_READER\"]}").status()).isEqualTo(201);
        String base = "/api/v1/admin/accounts/" + account;
        assertThat(http.send("PUT", base + "/roles", ADMIN, PW, "{\"roles\":[\"COORDINATOR\",\"AUDITOR\"]}")
                .status()).isEqualTo(200);
        assertThat(http.send("PUT", base + "/password", ADMIN, PW, "{\"password\":\"" + passwords[1] + "\"}")
                .status()).isEqualTo(204);
        assertThat(http.send("PUT", "/api/v1/account/password", account, passwords[1], "{\"currentPassword\":\""
                + passwords[1] + "\",\"newPassword\":\"" + passwords[2] + "\"}").status()).isEqualTo(204);
        assertThat(http.send("POST", base + "/disable", ADMIN, PW, null).status()).isEqualTo(200);
        assertThat(http.send("POST", base + "/enable", ADMIN, PW, null).status()).isEqualTo(200);

        TestClient.Answer page = http.get("/api/v1/audit/accounts/log?account=" + account, TestAccounts.AUDITOR, PW);
        assertThat(page.status()).isEqualTo(200);
        JsonNode items = SignInClient.json(page).path("items");
        assertThat(items.findValuesAsText("operation")).containsExactly("CREATED", "ROLES_CHANGED", "PASSWORD_RESET",
                "OWN_PASSWORD_CHANGED", "DISABLED", "ENABLED");
        assertThat(items.findValuesAsText("actor")).containsExactly(ADMIN, ADMIN, ADMIN, account, ADMIN, ADMIN);
        assertThat(items.get(0).path("rolesAfter").toString()).isEqualTo("[\"DASHBOARD_READER\"]");
        assertThat(items.get(1).path("rolesBefore").toString()).isEqualTo("[\"DASHBOARD_READER\"]");
        assertThat(items.get(1).path("rolesAfter").toString()).isEqualTo("[\"AUDITOR\",\"COORDINATOR\"]");
        assertThat(items.get(0).path("occurredAt").asText()).isNotEmpty();

        String everything = jdbc.queryForList("SELECT * FROM account_log").toString()
                + http.get("/api/v1/audit/accounts/log?size=500", ADMIN, PW).body();
        for (String password : passwords) {
            assertThat(everything).doesNotContain(password);
        }
        String hash = jdbc.queryForObject("SELECT password_hash FROM account WHERE username = ?", String.class, account);
        assertThat(everything).doesNotContain(hash).doesNotContain("$2a$");
    }

    @Test
    void auditorsAndAdministratorsReadTheLogOthersDoNot() {
        for (String reader : List.of(TestAccounts.AUDITOR, ADMIN)) {
            assertThat(http.get("/api/v1/audit/accounts/log?page=0&size=2", reader, PW).status()).isEqualTo(200);
        }
        for (String refused : List.of(TestAccounts.COORDINATOR, TestAccounts.READER)) {
            assertThat(http.get("/api/v1/audit/accounts/log", refused, PW).status()).isEqualTo(403);
        }
        assertThat(http.get("/api/v1/audit/accounts/log?size=501", ADMIN, PW).status()).isEqualTo(400);
    }

    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateTheLog() {
        long rows = count();
        assertThat(rows).isPositive();
        // The service's own role is not granted those rights, and the trigger refuses them even to a superuser.
        JdbcTemplate superuser = superuser();
        for (String change : List.of("UPDATE account_log SET actor = 'someone-else'", "DELETE FROM account_log",
                "TRUNCATE account_log")) {
            assertThatThrownBy(() -> jdbc.update(change)).as("service role: %s", change)
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("permission denied");
            assertThatThrownBy(() -> superuser.update(change)).as("superuser: %s", change)
                    .isInstanceOf(DataAccessException.class).hasStackTraceContaining("account_log is append-only");
        }
        assertThat(count()).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account_log WHERE actor = 'someone-else'", Long.class))
                .isZero();
    }

    @Test
    void onlyTheMaintenanceRoleMayChangeTheLog() {
        // As the maintenance role, in a transaction rolled back at the end: the deletion is undone.
        JdbcTemplate maintenance = Maintenance.jdbc(context);
        TransactionTemplate rolledBack = new TransactionTemplate(
                new DataSourceTransactionManager(maintenance.getDataSource()));
        Integer deleted = rolledBack.execute(tx -> {
            tx.setRollbackOnly();
            return maintenance.update("DELETE FROM account_log WHERE position = (SELECT min(position) FROM account_log)");
        });
        assertThat(deleted).isEqualTo(1);
    }

    private JdbcTemplate superuser() {
        EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
        return Maintenance.login(database.jdbcUrl(), "postgres", Maintenance.password(database.passwordFile(), "postgres"));
    }

    private long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM account_log", Long.class);
        return count == null ? 0 : count;
    }
}
