package fr.ctg.command.security;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import org.axonframework.springboot.updates.UpdateCheckConfiguration;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Roles, object-level access, the actuator's surface, headers, and the absence of outbound calls. */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesTest {

    static final String PRESENT = "{\"sessionDate\":\"2023-09-06\"}";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;

    @BeforeEach
    void accounts() throws IOException {
        TestAccounts.createAll(context);
        if (count("ctg-mine") == 0) {
            String sample = new ClassPathResource("sample/ctg-pays-du-gier.json").getContentAsString(StandardCharsets.UTF_8);
            for (String id : new String[]{"ctg-mine", "ctg-theirs"}) {
                assertThat(post(TestAccounts.ADMIN, "/api/v1/conventions",
                        sample.replace("ctg-pays-du-gier-2023", id)).getStatusCode().value()).isEqualTo(201);
            }
            TestAccounts.assign(context, "ctg-mine", TestAccounts.COORDINATOR);
        }
    }

    @Test
    void aCoordinatorIsRefusedOnAConventionNotAssignedToThem() {
        long before = count("ctg-theirs");
        ResponseEntity<String> refused = post(TestAccounts.COORDINATOR,
                "/api/v1/conventions/ctg-theirs/communes/42186/presentation", PRESENT);

        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(refused.getBody()).contains("\"rule\":\"access-denied\"");
        assertThat(count("ctg-theirs")).isEqualTo(before);
        assertThat(post(TestAccounts.COORDINATOR, "/api/v1/conventions/ctg-mine/communes/42110/presentation", PRESENT)
                .getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void noOtherRoleSendsCommands() {
        for (String user : new String[]{TestAccounts.ADMIN, TestAccounts.AUDITOR, TestAccounts.READER}) {
            assertThat(post(user, "/api/v1/conventions/ctg-mine/communes/42186/presentation", PRESENT)
                    .getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(post(TestAccounts.COORDINATOR, "/api/v1/conventions", "{}").getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void withoutCredentialsOrWithAWrongPasswordTheAnswerIs401() {
        ResponseEntity<String> anonymous = http.exchange("/api/v1/conventions/ctg-mine/communes/42186/presentation",
                HttpMethod.POST, json(PRESENT), String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(anonymous.getBody()).contains("\"rule\":\"authentication-required\"");
        assertThat(http.withBasicAuth(TestAccounts.COORDINATOR, "wrong-password")
                .exchange("/api/v1/conventions/ctg-mine/communes/42186/presentation", HttpMethod.POST, json(PRESENT),
                        String.class).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theActingPrincipalComesFromTheSignInNeverFromAHeader() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Principal", "mallory");
        headers.set("principal", "mallory");
        http.withBasicAuth(TestAccounts.COORDINATOR, TestAccounts.PASSWORD).exchange(
                "/api/v1/conventions/ctg-mine/communes/42207/presentation", HttpMethod.POST,
                new HttpEntity<>(PRESENT, headers), String.class);
        assertThat(jdbc.queryForObject("""
                SELECT meta_data->>'principal' FROM domain_event_entry
                WHERE aggregate_identifier = 'ctg-mine' AND payload->>'communeInseeCode' = '42207'""", String.class))
                .isEqualTo(TestAccounts.COORDINATOR);
        assertThat(jdbc.queryForObject("""
                SELECT meta_data->>'principal' FROM domain_event_entry
                WHERE aggregate_identifier = 'ctg-mine' AND sequence_number = 0""", String.class))
                .isEqualTo(TestAccounts.ADMIN);
    }

    @Test
    void theActuatorShowsHealthToAllAndTheRestToAdministratorsOnly() {
        ResponseEntity<String> publicHealth = http.getForEntity("/actuator/health", String.class);
        assertThat(publicHealth.getStatusCode().value()).isEqualTo(200);
        assertThat(publicHealth.getBody()).contains("\"status\":\"UP\"").doesNotContain("components", "PostgreSQL");
        assertThat(http.withBasicAuth(TestAccounts.ADMIN, TestAccounts.PASSWORD)
                .getForEntity("/actuator/health", String.class).getBody()).contains("components", "PostgreSQL");
        assertThat(http.getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth(TestAccounts.READER, TestAccounts.PASSWORD)
                .getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(http.withBasicAuth(TestAccounts.ADMIN, TestAccounts.PASSWORD)
                .getForEntity("/actuator/metrics", String.class).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void answersCarrySecurityHeadersAndNoCrossOriginAccess() {
        ResponseEntity<String> answer = post(TestAccounts.COORDINATOR,
                "/api/v1/conventions/ctg-mine/communes/42186/presentation", "{");
        assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");

        HttpHeaders preflight = new HttpHeaders();
        preflight.setOrigin("https://elsewhere.example");
        preflight.setAccessControlRequestMethod(HttpMethod.POST);
        ResponseEntity<String> cors = http.exchange("/api/v1/conventions", HttpMethod.OPTIONS,
                new HttpEntity<>(preflight), String.class);
        assertThat(cors.getHeaders().getAccessControlAllowOrigin()).isNull();
        assertThat(cors.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theEffectiveConfigurationNeverCallsHome() {
        assertThat(environment.getProperty("axon.update-check.disabled", Boolean.class)).isTrue();
        assertThat(System.getProperty("axoniq.update-checker.disabled")).isEqualTo("true");
        assertThat(UsagePropertyProvider.create(context.getBean(UpdateCheckConfiguration.class)).getDisabled()).isTrue();
        assertThat(environment.getProperty("axon.axonserver.enabled", Boolean.class)).isFalse();
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        return http.withBasicAuth(user, TestAccounts.PASSWORD).exchange(path, HttpMethod.POST, json(body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private long count(String conventionId) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, conventionId);
        return count == null ? 0 : count;
    }
}
