package fr.ctg.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.platform.security.TestAccounts;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A client of the service's HTTP API, signed in as the test accounts. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final ApplicationContext context;
    private long lastPosition;

    Api(ApplicationContext context, int port) {
        this.context = context;
        this.base = "http://localhost:" + port;
        TestAccounts.createAll(context);
    }

    String base() {
        return base;
    }

    /** Defines the built-in sample under another id and assigns the test coordinator to it. */
    String defineSample(String conventionId) {
        try {
            ObjectNode sample = (ObjectNode) JSON.readTree(
                    new ClassPathResource("sample/ctg-pays-du-gier.json").getInputStream());
            sample.put("conventionId", conventionId);
            TestAccounts.assign(context, conventionId, TestAccounts.COORDINATOR);
            post("/api/v1/conventions", sample.toString(), TestAccounts.ADMIN);
            return conventionId;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A command of the test coordinator that must succeed. */
    long command(String path, String body) {
        HttpResponse<String> response = send(path, body, TestAccounts.COORDINATOR);
        assertThat(response.statusCode()).as("POST %s -> %s", path, response.body()).isBetween(200, 201);
        lastPosition = read(response.body()).path("position").asLong();
        return lastPosition;
    }

    /** A command that may be refused; answers the response. */
    HttpResponse<String> send(String path, String body, String user) {
        return call(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAccounts.basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private void post(String path, String body, String user) {
        HttpResponse<String> response = send(path, body, user);
        assertThat(response.statusCode()).as("POST %s -> %s", path, response.body()).isBetween(200, 201);
        lastPosition = read(response.body()).path("position").asLong();
    }

    long lastPosition() {
        return lastPosition;
    }

    /** A view read as the dashboard reader, once it has handled the last command. */
    JsonNode view(String path) {
        String separator = path.contains("?") ? "&" : "?";
        HttpResponse<String> response = get(path + separator + "minPosition=" + lastPosition, TestAccounts.READER);
        assertThat(response.statusCode()).as("GET %s -> %s", path, response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** A GET as {@code user}; null sends no credentials. */
    HttpResponse<String> get(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            request.header("Authorization", TestAccounts.basic(user));
        }
        return call(request.build());
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> call(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
