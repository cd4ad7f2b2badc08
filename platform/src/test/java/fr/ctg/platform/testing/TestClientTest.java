package fr.ctg.platform.testing;

import com.sun.net.httpserver.HttpServer;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared test client against a bare JDK server: what it sends, and every answer as it came. */
class TestClientTest {

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " | "
                    + exchange.getRequestHeaders().getFirst("Authorization") + " | "
                    + exchange.getRequestHeaders().get("Content-Type") + " | " + new String(body, StandardCharsets.UTF_8));
            byte[] answer = "{\"rule\":\"version-conflict\",\"status\":409}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
            exchange.getResponseHeaders().add("Retry-After", "1");
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/empty") ? 204 : 409,
                    exchange.getRequestURI().getPath().equals("/empty") ? -1 : answer.length);
            if (!exchange.getRequestURI().getPath().equals("/empty")) {
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aRefusalIsAnAnswerWithItsStatusHeadersAndBodyNotAnException() {
        TestClient.Answer answer = client().as(TestAccounts.COORDINATOR).post("/api/v1/x", "{\"note\":\"é\"}");

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.ok()).isFalse();
        assertThat(answer.header("Retry-After")).hasValue("1");
        assertThat(answer.json().path("rule").asText()).isEqualTo("version-conflict");
        assertThat(seen).containsExactly("POST /api/v1/x | " + TestAccounts.basic(TestAccounts.COORDINATOR)
                + " | [application/json] | {\"note\":\"é\"}");
    }

    @Test
    void thePathGoesOutAsWrittenAndATestsHeadersReplaceTheClientsOwn() {
        client().as("someone", "secret").send(HttpMethod.PUT, "/a;x=1?minPosition=5&q=%7B", "{}",
                Map.of("Content-Type", "text/plain"));

        assertThat(seen).containsExactly("PUT /a;x=1?minPosition=5&q=%7B | Basic "
                + Base64.getEncoder().encodeToString("someone:secret".getBytes(StandardCharsets.UTF_8))
                + " | [text/plain] | {}");
    }

    @Test
    void anAnonymousGetSendsNoCredentialsAndAnEmptyBodyReadsAsJsonNull() {
        TestClient.Answer answer = client().get("/empty");

        assertThat(answer.status()).isEqualTo(204);
        assertThat(answer.body()).isEmpty();
        assertThat(answer.json().isNull()).isTrue();
        assertThat(seen).containsExactly("GET /empty | null | null | ");
    }

    @Test
    void aViewPathAsksForAMinimumPosition() {
        assertThat(TestClient.atLeast("/api/v1/conventions/c/communes", 7))
                .isEqualTo("/api/v1/conventions/c/communes?minPosition=7");
        assertThat(TestClient.atLeast("/api/v1/conventions/c/communes?stage=SIGNED", 7))
                .isEqualTo("/api/v1/conventions/c/communes?stage=SIGNED&minPosition=7");
    }

    private TestClient client() {
        return TestClient.on("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
