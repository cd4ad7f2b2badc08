package fr.ctg.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.security.TestAccounts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The tests' one HTTP client, on Spring's {@link RestClient}: signs in with HTTP Basic, sends JSON, and answers the
 * status, headers and body of every response as they came, refusals included (a 4xx or 5xx is an answer to assert
 * on, not an exception). Immutable: {@link #as} and {@link #timeouts} answer a new client.
 */
public final class TestClient {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final RestClient DEFAULT = restClient(CONNECT_TIMEOUT, null);

    private final RestClient http;
    private final String base;
    private final String authorization;

    private TestClient(RestClient http, String base, String authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    /** An anonymous client of the service at {@code base} (e.g. {@code http://localhost:8080}). */
    public static TestClient on(String base) {
        return new TestClient(DEFAULT, base, null);
    }

    /** An anonymous client of the service on a local port. */
    public static TestClient on(int port) {
        return on("http://localhost:" + port);
    }

    /** The same client, aimed at another service. */
    public TestClient at(String base) {
        return new TestClient(http, base, authorization);
    }

    public String base() {
        return base;
    }

    /** Signed in as a test account of {@link TestAccounts}. */
    public TestClient as(String username) {
        return as(username, TestAccounts.PASSWORD);
    }

    /** Signed in with HTTP Basic; a null username sends no credentials. */
    public TestClient as(String username, String password) {
        return new TestClient(http, base, username == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The same client with its own connect and per-request timeouts (none by default beyond the connect). */
    public TestClient timeouts(Duration connect, Duration request) {
        return new TestClient(restClient(connect, request), base, authorization);
    }

    public Answer get(String path) {
        return send(HttpMethod.GET, path, null, Map.of());
    }

    public Answer get(String path, Map<String, String> headers) {
        return send(HttpMethod.GET, path, null, headers);
    }

    /** A JSON command. */
    public Answer post(String path, String json) {
        return send(HttpMethod.POST, path, json, Map.of());
    }

    public Answer post(String path, String json, Map<String, String> headers) {
        return send(HttpMethod.POST, path, json, headers);
    }

    /**
     * Any request; a non-null body is sent as JSON. {@code headers} are set last, each replacing what was there, so
     * a test may override the content type or the credentials.
     */
    public Answer send(HttpMethod method, String path, String json, Map<String, String> headers) {
        // A URI, not a template: the path goes out exactly as the test wrote it.
        RestClient.RequestBodySpec request = http.method(method).uri(URI.create(base + path));
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (json != null) {
            // Bytes, not a String: UTF-8 whatever content type a test then claims.
            request.contentType(MediaType.APPLICATION_JSON).body(json.getBytes(StandardCharsets.UTF_8));
        }
        request.headers(sent -> headers.forEach(sent::set));
        return request.exchange((sent, response) -> {
            HttpHeaders copy = new HttpHeaders();
            copy.putAll(response.getHeaders());
            MediaType type = copy.getContentType();
            Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
            return new Answer(response.getStatusCode().value(), HttpHeaders.readOnlyHttpHeaders(copy),
                    StreamUtils.copyToString(response.getBody(), charset));
        });
    }

    /** {@code path} asked to wait until the view has handled the event at {@code position}. */
    public static String atLeast(String path, long position) {
        return path + (path.contains("?") ? "&" : "?") + "minPosition=" + position;
    }

    public static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A response as it came: status, headers and body text (empty when there was none). */
    public record Answer(int status, HttpHeaders headers, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON; a JSON null when the body is empty. */
        public JsonNode json() {
            return body.isEmpty() ? JSON.nullNode() : read(body);
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.getFirst(name));
        }
    }

    private static RestClient restClient(Duration connect, Duration request) {
        // Redirects are not followed: a test sees the 302 of a refused page, as a browser first does.
        HttpClient jdk = HttpClient.newBuilder().connectTimeout(connect).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(jdk);
        if (request != null) {
            factory.setReadTimeout(request);
        }
        return RestClient.builder().requestFactory(factory).build();
    }
}
