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
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every account operation through the API, the password rules, the last enabled administrator, the rotation of
 * the first administrator, and the checked assignments. Its context is thrown away after: it disables administrators.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class AccountLifecycleTest {

    static final String ADMIN = TestAccounts.ADMIN;
    static final String PW = TestAccounts.PASSWORD;
    static final String ACCOUNTS = "/api/v1/admin/accounts";

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
        http = new SignInClient(port, "192.0.2.21");
    }

    private TestClient.Answer create(String username, String password, String... roles) {
        return http.send("POST", ACCOUNTS, ADMIN, PW, "{\"username\":\"" + username + "\",\"password\":"
                + SignInClient.quoted(password) + ",\"roles\":[\"" + String.join("\",\"", roles) + "\"]}");
    }

    private int signIn(String username, String password) {
        return http.get("/api/v1/account", username, password).status();
    }

    private static String rule(TestClient.Answer response) {
        return SignInClient.json(response).path("rule").asText();
    }

    @Test
    void anAdministratorCreatesListsDisablesAndEnablesAnAccount() {
        TestClient.Answer created = create("lc-claire", "claire-long-password", "COORDINATOR");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(SignInClient.json(created).path("enabled").asBoolean()).isTrue();
        assertThat(created.body()).doesNotContain("claire-long-password").doesNotContain("$2a$");
        JsonNode me = SignInClient.json(http.get("/api/v1/account", "lc-claire", "claire-long-password"));
        assertThat(me.path("username").asText()).isEqualTo("lc-claire");
        assertThat(me.path("roles").toString()).isEqualTo("[\"COORDINATOR\"]");

        TestClient.Answer list = http.get(ACCOUNTS, ADMIN, PW);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"username\":\"lc-claire\"").doesNotContain("$2a$").doesNotContain("password");

        TestClient.Answer disabled = http.send("POST", ACCOUNTS + "/lc-claire/disable", ADMIN, PW, null);
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(SignInClient.json(disabled).path("enabled").asBoolean()).isFalse();
        assertThat(signIn("lc-claire", "claire-long-password")).as("disabled, even with a remembered password")
                .isEqualTo(401);

        assertThat(http.send("POST", ACCOUNTS + "/lc-claire/enable", ADMIN, PW, null).status()).isEqualTo(200);
        assertThat(signIn("lc-claire", "claire-long-password")).isEqualTo(200);

        assertThat(create("lc-claire", "another-long-password", "AUDITOR").status()).isEqualTo(409);
        assertThat(http.send("POST", ACCOUNTS + "/lc-nobody/disable", ADMIN, PW, null).status()).isEqualTo(404);
    }

    @Test
    void anAdministratorChangesRolesAndResetsAPassword() {
        create("lc-karim", "karim-long-password", "DASHBOARD_READER");
        TestClient.Answer changed = http.send("PUT", ACCOUNTS + "/lc-karim/roles", ADMIN, PW,
                "{\"roles\":[\"AUDITOR\",\"DASHBOARD_READER\"]}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(SignInClient.json(changed).path("roles").toString()).isEqualTo("[\"AUDITOR\",\"DASHBOARD_READER\"]");
        assertThat(SignInClient.json(http.get("/api/v1/account", "lc-karim", "karim-long-password"))
                .path("roles").toString()).isEqualTo("[\"AUDITOR\",\"DASHBOARD_READER\"]");

        assertThat(http.send("PUT", ACCOUNTS + "/lc-karim/password", ADMIN, PW,
                "{\"password\":\"reset-by-the-admin\"}").status()).isEqualTo(204);
        assertThat(signIn("lc-karim", "karim-long-password")).as("the old password, remembered before").isEqualTo(401);
        assertThat(signIn("lc-karim", "reset-by-the-admin")).isEqualTo(200);
    }

    @Test
    void everyUserChangesTheirOwnPasswordWithTheCurrentOne() {
        create("lc-ines", "ines-long-password", "DASHBOARD_READER");
        TestClient.Answer wrong = http.send("PUT", "/api/v1/account/password", "lc-ines", "ines-long-password",
                "{\"currentPassword\":\"not-the-current-one\",\"newPassword\":\"ines-new-password\"}");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(rule(wrong)).isEqualTo("current-password-incorrect");

        TestClient.Answer weak = http.send("PUT", "/api/v1/account/password", "lc-ines", "ines-long-password",
                "{\"currentPassword\":\"ines-long-password\",\"newPassword\":\"" + " ".repeat(12) + "\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(rule(weak)).isEqualTo("password-blank");
        assertThat(SignInClient.json(weak).path("field").asText()).isEqualTo("newPassword");

        assertThat(http.send("PUT", "/api/v1/account/password", "lc-ines", "ines-long-password",
                "{\"currentPassword\":\"ines-long-password\",\"newPassword\":\"ines-new-password\"}").status())
                .isEqualTo(204);
        assertThat(signIn("lc-ines", "ines-long-password")).isEqualTo(401);
        assertThat(signIn("lc-ines", "ines-new-password")).isEqualTo(200);
    }

    @Test
    void everyPasswordRuleIsA400NamingTheRuleAndTheFieldNeverA500() {
        create("lc-rules-account", "rules-long-password", "AUDITOR");
        List<String[]> cases = List.of(
                new String[]{"short-pass1", "password-too-short"},
                new String[]{"a" + "é".repeat(36), "password-too-long"},
                new String[]{"x".repeat(73), "password-too-long"},
                new String[]{"x".repeat(10_000), "password-too-long"},
                new String[]{" ".repeat(12), "password-blank"},
                new String[]{"z".repeat(16), "password-one-character"},
                new String[]{"lc-rules-account", "password-equals-username"});
        List<String> wrong = new ArrayList<>();
        for (String[] c : cases) {
            for (TestClient.Answer refused : List.of(
                    create("lc-rules-account".equals(c[0]) ? "lc-rules-account" : "lc-rules-account-new", c[0], "AUDITOR"),
                    http.send("PUT", ACCOUNTS + "/lc-rules-account/password", ADMIN, PW,
                            "{\"password\":" + SignInClient.quoted(c[0]) + "}"))) {
                JsonNode problem = SignInClient.json(refused);
                if (refused.status() != 400 || !c[1].equals(problem.path("rule").asText())
                        || !"password".equals(problem.path("field").asText())) {
                    wrong.add(c[1] + " (" + c[0].length() + " chars) -> " + refused.status() + " " + refused.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(http.get(ACCOUNTS + "/lc-rules-account-new", ADMIN, PW).status()).as("nothing created").isEqualTo(404);
        assertThat(signIn("lc-rules-account", "rules-long-password")).as("password unchanged").isEqualTo(200);
    }

    @Test
    void theFirstAdministratorIsRotatedAndTheLastEnabledAdministratorIsKept() {
        assertThat(http.send("PUT", ACCOUNTS + "/admin/password", ADMIN, PW, "{\"password\":\"first-admin-pass\"}")
                .status()).isEqualTo(204);
        TestClient.Answer named = http.send("POST", ACCOUNTS, "admin", "first-admin-pass",
                "{\"username\":\"lc-named-admin\",\"password\":\"named-admin-pass\",\"roles\":[\"ADMINISTRATOR\"]}");
        assertThat(named.status()).isEqualTo(201);
        assertThat(http.send("POST", ACCOUNTS + "/admin/disable", "lc-named-admin", "named-admin-pass", null)
                .status()).isEqualTo(200);
        assertThat(signIn("admin", "first-admin-pass")).isEqualTo(401);

        assertThat(http.send("POST", ACCOUNTS + "/" + ADMIN + "/disable", "lc-named-admin", "named-admin-pass", null)
                .status()).isEqualTo(200);
        for (TestClient.Answer refused : List.of(
                http.send("POST", ACCOUNTS + "/lc-named-admin/disable", "lc-named-admin", "named-admin-pass", null),
                http.send("PUT", ACCOUNTS + "/lc-named-admin/roles", "lc-named-admin", "named-admin-pass",
                        "{\"roles\":[\"AUDITOR\"]}"))) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(rule(refused)).isEqualTo("last-administrator");
        }
        assertThat(signIn("lc-named-admin", "named-admin-pass")).isEqualTo(200);
        assertThat(http.send("POST", ACCOUNTS + "/" + ADMIN + "/enable", "lc-named-admin", "named-admin-pass", null)
                .status()).isEqualTo(200);
    }

    @Test
    void anAssignmentNeedsAnExistingCoordinatorAndAnExistingConvention() throws IOException {
        String sample = new ClassPathResource("sample/ctg-pays-du-gier.json").getContentAsString(StandardCharsets.UTF_8)
                .replace("ctg-pays-du-gier-2023", "ctg-lc-assign");
        if (http.get("/api/v1/admin/conventions/ctg-lc-assign/coordinators", ADMIN, PW).body().equals("[]")) {
            assertThat(http.send("POST", "/api/v1/conventions", ADMIN, PW, sample).status()).isEqualTo(201);
        }
        String path = "/api/v1/admin/conventions/%s/coordinators/%s";
        TestClient.Answer noAccount = http.send("PUT", path.formatted("ctg-lc-assign", "lc-ghost"), ADMIN, PW, null);
        assertThat(noAccount.status()).isEqualTo(404);
        assertThat(rule(noAccount)).isEqualTo("account-not-found");
        TestClient.Answer notCoordinator = http.send("PUT", path.formatted("ctg-lc-assign", TestAccounts.AUDITOR),
                ADMIN, PW, null);
        assertThat(notCoordinator.status()).isEqualTo(409);
        assertThat(rule(notCoordinator)).isEqualTo("not-a-coordinator");
        TestClient.Answer noConvention = http.send("PUT", path.formatted("ctg-lc-nowhere", TestAccounts.COORDINATOR),
                ADMIN, PW, null);
        assertThat(noConvention.status()).isEqualTo(404);
        assertThat(rule(noConvention)).isEqualTo("convention-not-found");

        assertThat(http.send("PUT", path.formatted("ctg-lc-assign", TestAccounts.COORDINATOR), ADMIN, PW, null)
                .status()).isEqualTo(200);
        assertThat(http.get("/api/v1/admin/conventions/ctg-lc-assign/coordinators", ADMIN, PW).body())
                .isEqualTo("[\"" + TestAccounts.COORDINATOR + "\"]");
        assertThat(http.send("DELETE", path.formatted("ctg-lc-assign", TestAccounts.COORDINATOR), ADMIN, PW, null)
                .status()).isEqualTo(204);
        assertThat(jdbc.queryForList("SELECT operation FROM account_log WHERE convention_id = 'ctg-lc-assign' "
                + "ORDER BY position", String.class)).containsExactly("ASSIGNMENT_ADDED", "ASSIGNMENT_REMOVED");
    }
}
