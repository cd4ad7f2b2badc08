package fr.ctg.audittest;

import fr.ctg.platform.testing.SettableClock;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import fr.ctg.platform.testing.TestClient;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Commands and audit requests over HTTP, as a client sends them, through the shared test client. */
final class Api {

    static final String RIVE_DE_GIER_ACTES = "042-214201865-20230906-DEL_2023_064-DE";
    private final TestClient http;
    private final ApplicationContext accounts;

    /** Signs in as the test accounts: an administrator defines, a coordinator acts, an auditor audits. */
    Api(TestRestTemplate server, ApplicationContext accounts) {
        this.http = TestClient.on(server.getRootUri());
        this.accounts = accounts;
        TestAccounts.createAll(accounts);
    }

    /** The built-in sample, under {@code conventionId} (null keeps the sample's own id). */
    String sample(String conventionId) {
        return conventionId == null ? SampleConvention.as(SampleConvention.ID) : SampleConvention.as(conventionId);
    }

    /** A command that must succeed. */
    JsonNode command(String path, String body) {
        ResponseEntity<String> answer = exchange(HttpMethod.POST, path, body);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " -> " + answer.getBody()).isTrue();
        return parse(answer.getBody());
    }

    ResponseEntity<String> get(String path) {
        return exchange(HttpMethod.GET, path, null);
    }

    ResponseEntity<String> post(String path, String body) {
        return exchange(HttpMethod.POST, path, body);
    }

    JsonNode parse(String body) {
        return TestClient.read(body);
    }

    /** The answer as a ResponseEntity, an empty body as null, as the tests have always read it. */
    private ResponseEntity<String> exchange(HttpMethod method, String path, String body) {
        TestClient.Answer answer = http.as(signInFor(method, path, body)).send(method, path, body, Map.of());
        return ResponseEntity.status(answer.status()).headers(answer.headers())
                .body(answer.body().isEmpty() ? null : answer.body());
    }

    private String signInFor(HttpMethod method, String path, String body) {
        if (path.startsWith("/api/v1/audit/")) {
            return TestAccounts.AUDITOR;
        }
        if (method == HttpMethod.POST && path.equals("/api/v1/conventions")) {
            TestAccounts.assign(accounts, parse(body).path("conventionId").asText(), TestAccounts.COORDINATOR);
            return TestAccounts.ADMIN;
        }
        return method == HttpMethod.POST ? TestAccounts.COORDINATOR : TestAccounts.READER;
    }

    /** Rive-de-Gier from presentation to publication, with its real deliberation. */
    void walkRiveDeGier(String conventionId, SettableClock clock) {
        String commune = "/api/v1/conventions/" + conventionId + "/communes/42186";
        clock.set("2023-09-06T18:00:00Z");
        command(commune + "/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        clock.set("2023-09-06T20:00:00Z");
        command(commune + "/votes", """
                {"sessionDate":"2023-09-06","present":28,"votesFor":25,"votesAgainst":2,"abstentions":1,"notTakingPart":0,
                 "ballot":"PUBLIC","deliberationNumber":"DEL_2023_064","actesId":"%s"}""".formatted(RIVE_DE_GIER_ACTES));
        clock.set("2023-09-13T09:00:00Z");
        command(commune + "/transmission", """
                {"sentOn":"2023-09-13","receivedOn":"2023-09-13","actesId":"%s"}""".formatted(RIVE_DE_GIER_ACTES));
        clock.set("2023-09-14T09:00:00Z");
        command(commune + "/publication", "{\"publishedOn\":\"2023-09-14\",\"url\":\"https://www.example.fr/deliberations.pdf\"}");
    }
}
