package fr.ctg.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared test client, posting commands as a client would and reading answers as JSON. */
final class CommandApiClient {

    private final TestClient http;

    /** Signs in as the given test account, on the service that {@code server} is aimed at. */
    CommandApiClient(TestRestTemplate server, String username) {
        this(server.getRootUri(), username);
    }

    /** Signs in as the given test account, on the service at {@code base}. */
    CommandApiClient(String base, String username) {
        this.http = TestClient.on(base).as(username, TestAccounts.PASSWORD);
    }

    record Answer(int status, HttpHeaders headers, JsonNode body) {
    }

    /** The built-in sample, under another id so that each test has a convention of its own. */
    /**
     * Defines the built-in sample under a fresh id as the test administrator, with the test coordinator assigned to
     * it; answers the id.
     */
    static String defineFreshSample(TestRestTemplate server, ApplicationContext context) {
        TestAccounts.createAll(context);
        String id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        CommandApiClient admin = new CommandApiClient(server, TestAccounts.ADMIN);
        assertThat(admin.post("/api/v1/conventions", admin.sampleAs(id)).status()).isEqualTo(201);
        return id;
    }

    String sampleAs(String conventionId) {
        return fr.ctg.platform.testing.SampleConvention.as(conventionId);
    }

    Answer post(String path, String body) {
        return post(path, body, Map.of());
    }

    Answer post(String path, String body, Map<String, String> headers) {
        TestClient.Answer response = http.post(path, body, headers);
        return new Answer(response.status(), response.headers(), response.json());
    }

    static String vote(String sessionDate, String number, String actesId) {
        return """
                {"sessionDate":"%s","present":28,"votesFor":25,"votesAgainst":2,"abstentions":1,"notTakingPart":0,
                 "ballot":"PUBLIC","deliberationNumber":"%s"%s}"""
                .formatted(sessionDate, number, actesId == null ? "" : ",\"actesId\":\"" + actesId + "\"");
    }
}
