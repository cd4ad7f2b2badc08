package fr.ctg.resilience.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.ClassPathResource;

import fr.ctg.platform.testing.TestClient;
import org.springframework.web.client.ResourceAccessException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The shared test client, aimed at the services' child processes: every call is bounded by a timeout and never
 * throws on a failed call.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** The sample's action sheets, used as targets of status updates. */
    public static final List<String> ACTIONS = List.of("pe-01", "pe-02", "pe-03", "par-01", "ej-01", "ej-02", "avs-01",
            "avs-02");

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** One client per request timeout, each with its own connection pool (the load sends many calls). */
    private static final Map<Duration, TestClient> CLIENTS = new ConcurrentHashMap<>();

    private Api() {
    }

    /** An HTTP answer; status -1 when no answer came (connection refused or reset, timeout). */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            return read(body);
        }
    }

    public static Answer post(String baseUrl, String path, String body, String user, Map<String, String> headers,
                              Duration timeout) {
        return send(() -> client(baseUrl, user, timeout).post(path, body, headers));
    }

    public static Answer post(String baseUrl, String path, String body, String user, Map<String, String> headers) {
        return post(baseUrl, path, body, user, headers, REQUEST_TIMEOUT);
    }

    public static Answer get(String baseUrl, String path, String user) {
        return send(() -> client(baseUrl, user, REQUEST_TIMEOUT).get(path));
    }

    /** A dashboard page, asked for as a browser does (which is sent to the sign-in page when refused). */
    public static Answer page(String baseUrl, String path, String user) {
        return send(() -> client(baseUrl, user, REQUEST_TIMEOUT).get(path, Map.of("Accept", "text/html")));
    }

    /** Defines a copy of the built-in sample under {@code conventionId}; answers the command's answer. */
    public static Answer define(String baseUrl, String conventionId) {
        return post(baseUrl, "/api/v1/conventions", sampleAs(conventionId), Accounts.ADMIN, Map.of());
    }

    /** The path and body of a status update of one action, carrying {@code marker} as its note. */
    public static String statusPath(String conventionId, String actionId) {
        return "/api/v1/conventions/" + conventionId + "/actions/" + actionId + "/status";
    }

    public static String statusBody(String marker) {
        return "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\",\"note\":\"" + marker + "\"}";
    }

    public static String sampleAs(String conventionId) {
        try {
            ObjectNode sample = (ObjectNode) JSON.readTree(
                    new ClassPathResource("sample/ctg-pays-du-gier.json").getInputStream());
            sample.put("conventionId", conventionId);
            return sample.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestClient client(String baseUrl, String user, Duration timeout) {
        return CLIENTS.computeIfAbsent(timeout, t -> TestClient.on("").timeouts(CONNECT_TIMEOUT, t))
                .at(baseUrl).as(user, Accounts.PASSWORD);
    }

    private static Answer send(Supplier<TestClient.Answer> call) {
        try {
            TestClient.Answer answer = call.get();
            return new Answer(answer.status(), answer.body());
        } catch (ResourceAccessException noAnswer) {
            // Connection refused or reset, timeout: the cause is what the JDK client said.
            return new Answer(-1, String.valueOf(noAnswer.getCause()));
        }
    }
}
