package fr.ctg.command.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Header values outside visible ASCII and paths that the firewall refuses are malformed requests: a 400 problem that
 * names the rule, whoever asks and wherever, never a 500 (with a stack trace in the log) nor a 401 "sign in".
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MalformedHeadersAndPathsTest {

    /**
     * The UTF-8 bytes of "k😀" as they reach the server: Tomcat reads them as ISO-8859-1, C1 controls included. The
     * JDK's HTTP client would send each of these characters as '?', so {@link RawHttp} writes the bytes itself.
     */
    static final String EMOJI_AS_SENT = "k" + new String("😀".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    static final String C1_CONTROL = "k\u0085\u009b";
    static final String LATIN1 = "clé";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void conventionAndAccounts() throws Exception {
        TestAccounts.createAll(context);
        TestAccounts.assign(context, "ctg-headers", TestAccounts.COORDINATOR);
        HttpResponse<String> defined = send(post("/api/v1/conventions", SampleConvention.as("ctg-headers"))
                .header("Authorization", TestAccounts.basic(TestAccounts.ADMIN)).build());
        assertThat(defined.statusCode()).isIn(201, 409);
    }

    @Test
    void healthRefusesANonAsciiHeaderWithAProblemEvenAnonymously() throws Exception {
        for (String value : new String[]{EMOJI_AS_SENT, C1_CONTROL, LATIN1}) {
            RawHttp.Answer answer = RawHttp.send(port, "GET", "/actuator/health", Map.of("X-Correlation-Id", value), null);
            assertRefused(answer.status(), answer.body(), "header-value-invalid");
        }
    }

    @Test
    void aCommandWithANonAsciiHeaderIsRefusedAndWritesNothing() throws Exception {
        long events = events();
        for (String header : new String[]{"X-Correlation-Id", "Idempotency-Key", "If-Match", "X-Anything"}) {
            RawHttp.Answer answer = RawHttp.send(port, "POST", presentation("ctg-headers"),
                    Map.of("Authorization", TestAccounts.basic(TestAccounts.COORDINATOR),
                            "Content-Type", "application/json", header, EMOJI_AS_SENT),
                    "{\"sessionDate\":\"2023-09-06\"}");
            assertRefused(answer.status(), answer.body(), "header-value-invalid");
            assertThat(JSON.readTree(answer.body()).path("detail").asText()).containsIgnoringCase(header);
        }
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void pathsTheFirewallRefusesAreMalformedEvenWithValidCredentials() throws Exception {
        long events = events();
        for (String path : new String[]{"/api/v1/conventions/ctg-headers;x=1/communes/42186/presentation",
                "/api/v1/conventions/%2e%2e/communes/42186/presentation",
                "/api/v1/conventions/ctg-headers/communes/42186/presentation%3B"}) {
            HttpResponse<String> answer = send(post(path, "{\"sessionDate\":\"2023-09-06\"}")
                    .header("Authorization", TestAccounts.basic(TestAccounts.COORDINATOR)).build());
            assertThat(answer.statusCode()).as("%s -> %s", path, answer.body()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(uri("/api/v1/conventions;x=1")).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(400);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aSaneCorrelationIdStillPasses() throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/actuator/health"))
                .header("X-Correlation-Id", "trace-42 with\tspaces").GET().build());
        assertThat(answer.statusCode()).isEqualTo(200);
    }

    private static void assertRefused(int status, String body, String rule) throws Exception {
        assertThat(status).as(body).isEqualTo(400);
        JsonNode problem = JSON.readTree(body);
        assertThat(problem.path("rule").asText()).isEqualTo(rule);
        assertThat(problem.path("type").asText()).isEqualTo("/problems/" + rule);
    }

    private static String presentation(String conventionId) {
        return "/api/v1/conventions/" + conventionId + "/communes/42186/presentation";
    }

    private HttpRequest.Builder post(String path, String body) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long events() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
