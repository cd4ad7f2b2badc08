package fr.ctg.dashboard;

import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A live-update stream stays open for half an hour: one reader held 400 of them, for any id. It is given only for a
 * convention that exists, and each user holds a bounded number at once; closing one frees its place.
 */
@Tag("slow")
// Closed right after this class, not at the JVM's exit: full runs left this context's embedded PostgreSQL behind.
@DirtiesContext
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ctg.dashboard.live-streams-per-user=3", "ctg.dashboard.live-heartbeat=100ms"})
class LiveStreamsTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void aStreamIsRefusedForAConventionThatDoesNotExist() throws Exception {
        new Api(context, port);
        HttpResponse<InputStream> answer = open("ctg-nowhere", TestAccounts.READER);
        try (InputStream body = answer.body()) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(new String(body.readAllBytes())).contains("\"rule\":\"convention-not-found\"");
        }
    }

    @Test
    void eachUserHoldsABoundedNumberOfStreams() throws Exception {
        Api api = new Api(context, port);
        api.defineSample("ctg-live");
        api.view("/api/v1/conventions/ctg-live");
        List<HttpResponse<InputStream>> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<InputStream> stream = open("ctg-live", TestAccounts.READER);
            assertThat(stream.statusCode()).isEqualTo(200);
            held.add(stream);
        }
        HttpResponse<InputStream> fourth = open("ctg-live", TestAccounts.READER);
        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(fourth.headers().firstValue("Retry-After")).isPresent();
        fourth.body().close();
        // Another user is not affected by the reader's streams.
        HttpResponse<InputStream> other = open("ctg-live", TestAccounts.AUDITOR);
        assertThat(other.statusCode()).isEqualTo(200);
        other.body().close();

        held.remove(0).body().close();
        await().atMost(10, TimeUnit.SECONDS).untilAsserted(() -> {
            HttpResponse<InputStream> again = open("ctg-live", TestAccounts.READER);
            again.body().close();
            assertThat(again.statusCode()).isEqualTo(200);
        });
        for (HttpResponse<InputStream> stream : held) {
            stream.body().close();
        }
    }

    private HttpResponse<InputStream> open(String conventionId, String user) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ui/conventions/"
                        + conventionId + "/live"))
                .header("Accept", "text/event-stream")
                .header("Authorization", TestAccounts.basic(user)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
