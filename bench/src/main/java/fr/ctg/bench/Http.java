package fr.ctg.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A loopback HTTP client of the services, signed in with cheap-bcrypt bench accounts. */
final class Http {

    static final String PASSWORD = "bench-password";
    private static final java.util.concurrent.atomic.AtomicInteger THREADS = new java.util.concurrent.atomic.AtomicInteger();
    // Named threads: the CPU the load generator spends is taken out of the services' (ProcCpu).
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
            .executor(java.util.concurrent.Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "bench-http-" + THREADS.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            })).build();

    private Http() {
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Status and body; status -1 when no answer came. Bounded by a 10 s timeout. */
    static String[] post(String url, String user, String body) {
        return post(url, user, body, Duration.ofSeconds(10));
    }

    /** A POST that may take longer to answer (starting a rebuild stops every processor first). */
    static String[] post(String url, String user, String body, Duration timeout) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", basic(user))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A GET as {@code user}, or without credentials when it is null. */
    static String[] get(String url, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        return send(user == null ? request.build() : request.header("Authorization", basic(user)).build());
    }

    /** The whole answer (headers included), for a client that keeps a session's cookies ({@link PageSession}). */
    static HttpResponse<String> exchange(HttpRequest request) throws java.io.IOException, InterruptedException {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String[] send(HttpRequest request) {
        try {
            HttpResponse<String> response = exchange(request);
            return new String[] {String.valueOf(response.statusCode()), response.body()};
        } catch (java.io.IOException e) {
            return new String[] {"-1", e.toString()};
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new String[] {"-1", e.toString()};
        }
    }
}
