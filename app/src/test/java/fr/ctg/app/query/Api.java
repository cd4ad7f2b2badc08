package fr.ctg.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.security.TestAccounts;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** A client of the command and query APIs, which may live in two processes. */
final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    private final String commands;
    private final String queries;
    private long lastPosition;

    private final ApplicationContext accounts;

    /** Signs in as the test accounts of {@code accounts}: an administrator defines, a coordinator acts, a reader reads. */
    Api(ApplicationContext accounts, int commandPort, int queryPort) {
        this.accounts = accounts;
        this.commands = "http://localhost:" + commandPort;
        this.queries = "http://localhost:" + queryPort;
        TestAccounts.createAll(accounts);
    }

    /** The built-in sample under another id, so that each test has a convention of its own. */
    static String sampleAs(String conventionId) {
        return fr.ctg.platform.testing.SampleConvention.as(conventionId);
    }

    /** Posts a command that must succeed; remembers and answers the global position of its last event. */
    long command(String path, String body) {
        boolean definition = path.equals("/api/v1/conventions");
        if (definition) {
            TestAccounts.assign(accounts, read(body).path("conventionId").asText(), TestAccounts.COORDINATOR);
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(commands + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestAccounts.basic(definition ? TestAccounts.ADMIN : TestAccounts.COORDINATOR))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as("POST %s %s -> %s", path, body, response.body()).isBetween(200, 201);
        lastPosition = read(response.body()).path("position").asLong();
        assertThat(lastPosition).isPositive();
        return lastPosition;
    }

    long lastPosition() {
        return lastPosition;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(queries + path))
                .header("Authorization", TestAccounts.basic(TestAccounts.READER)).GET().build());
    }

    /** Reads a view that must answer, having processed at least the last command's events. */
    JsonNode view(String path) {
        String separator = path.contains("?") ? "&" : "?";
        HttpResponse<String> response = get(path + separator + "minPosition=" + lastPosition);
        assertThat(response.statusCode()).as("GET %s -> %s", path, response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("ETag")).as("ETag of %s", path).isPresent();
        return read(response.body());
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
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
