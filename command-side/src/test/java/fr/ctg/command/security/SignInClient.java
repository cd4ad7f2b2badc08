package fr.ctg.command.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.testing.TestClient;
import org.springframework.http.HttpMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;

/**
 * HTTP Basic calls to the service on loopback, through the shared test client. A client may claim a client address
 * with {@code X-Forwarded-For}, which only a service told to trust forwarded headers
 * ({@code server.forward-headers-strategy=native}) uses: so a test can be one client address or several.
 */
final class SignInClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestClient http;
    private final String forwardedFor;

    SignInClient(int port, String forwardedFor) {
        this.http = TestClient.on("http://127.0.0.1:" + port).timeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
        this.forwardedFor = forwardedFor;
    }

    TestClient.Answer get(String path, String username, String password) {
        return http.as(username, password).get(path, Map.of("X-Forwarded-For", forwardedFor));
    }

    /** Any method, with a JSON content type even when there is no body. */
    TestClient.Answer send(String method, String path, String username, String password, String json) {
        return http.as(username, password).send(HttpMethod.valueOf(method), path, json,
                Map.of("X-Forwarded-For", forwardedFor, "Content-Type", "application/json"));
    }

    static JsonNode json(TestClient.Answer response) {
        return TestClient.read(response.body());
    }

    static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
