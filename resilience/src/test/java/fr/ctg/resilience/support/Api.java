package fr.ctg.resilience.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A plain HTTP client of the services; every call is bounded by a timeout and never throws on a failed call. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();
    /** The sample's action sheets, used as targets of status updates. */
    public static final List<String> ACTIONS = List.of("pe-01", "pe-02", "pe-03", "par-01", "ej-01", "ej-02", "avs-01",
            "avs-02");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", Accounts.basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    public static Answer post(String baseUrl, String path, String body, String user, Map<String, String> headers) {
        return post(baseUrl, path, body, user, headers, Duration.ofSeconds(10));
    }

    public static Answer get(String baseUrl, String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", Accounts.basic(user)).GET().build());
    }

    /** A dashboard page, asked for as a browser does (which is sent to the sign-in page when refused). */
    public static Answer page(String baseUrl, String path, String user) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/html").header("Authorization", Accounts.basic(user)).GET().build());
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

    private static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException noAnswer) {
            return new Answer(-1, noAnswer.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, e.toString());
        }
    }
}
