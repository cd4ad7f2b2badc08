package fr.ctg.audittest.streaming;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import fr.ctg.platform.security.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * 100,000 events, about 130 MB of CSV or JSON, served by a server whose heap is capped at 128 MB: it can only
 * succeed if rows go from a database cursor to the response without being collected. The server runs in a JVM of
 * its own so that the cap applies to it alone, whatever runs the tests.
 */
@Tag("slow")
class StreamingExportTest {

    static final int EVENTS = 100_000;
    static final String HEAP = "-Xmx128m";
    static final String NOTE = "Compte rendu du comité de suivi. ".repeat(30); // about 1 KB per event

    static EmbeddedPostgres postgres;
    static Process server;
    static String base;

    @BeforeAll
    static void startAServerWithASmallHeapOnAStoreOfManyEvents() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        String url = postgres.getJdbcUrl("postgres", "postgres") + "&stringtype=unspecified";
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        Path log = Files.createDirectories(Path.of("target")).resolve("streaming-server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, HEAP, "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), StreamingServer.class.getName(),
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres", "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        awaitReady(log);
        insertAuditor(url);
        insertEvents(url);
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theCsvExportStreamsEveryEvent() throws Exception {
        long lines = 0;
        try (BufferedReader reader = reader("/history.csv")) {
            assertThat(reader.readLine()).startsWith("position,conventionId,version");
            while (reader.readLine() != null) {
                lines++;
            }
        }
        assertThat(lines).isEqualTo(EVENTS);
        assertThat(server.isAlive()).as("the server survived").isTrue();
    }

    @Test
    void theJsonLinesExportStreamsEveryEvent() throws Exception {
        long lines = 0;
        try (BufferedReader reader = reader("/history.jsonl")) {
            String line;
            while ((line = reader.readLine()) != null) {
                assertThat(line).startsWith("{\"position\":");
                lines++;
            }
        }
        assertThat(lines).isEqualTo(EVENTS);
        assertThat(server.isAlive()).isTrue();
    }

    @Test
    void theJsonHistoryWithoutALimitStreamsEveryEvent() throws Exception {
        long events = 0;
        try (InputStream in = get("/history"); JsonParser json = new JsonFactory().createParser(in)) {
            int depth = 0;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.START_OBJECT && ++depth == 2) {
                    events++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                }
            }
        }
        assertThat(events).isEqualTo(EVENTS);
        assertThat(server.isAlive()).isTrue();
    }

    private static BufferedReader reader(String path) throws Exception {
        return new BufferedReader(new InputStreamReader(get(path), StandardCharsets.UTF_8));
    }

    private static InputStream get(String path) throws Exception {
        HttpResponse<InputStream> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/api/v1/audit/conventions/ctg-bulk" + path))
                        .header("Authorization", TestAccounts.basic(TestAccounts.AUDITOR)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    /** The server signs in accounts from its database; the auditor is added as the service itself would. */
    private static void insertAuditor(String url) throws Exception {
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO account (username, password_hash, roles, created_at) VALUES (?, ?, 'AUDITOR', now())")) {
            insert.setString(1, TestAccounts.AUDITOR);
            insert.setString(2, "{bcrypt}" + new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
                    .encode(TestAccounts.PASSWORD));
            insert.executeUpdate();
        }
    }

    /** Rows shaped like the command side's: an action's status updates, each with its metadata. */
    private static void insertEvents(String url) throws Exception {
        try (Connection connection = java.sql.DriverManager.getConnection(url, "postgres", "postgres")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                        time_stamp, payload_type, payload_revision, payload, meta_data)
                    VALUES (?, 'ctg-bulk', ?, 'Convention', ?, 'fr.ctg.actionplan.ActionStatusUpdated', '1', ?, ?)""")) {
                Instant start = Instant.parse("2024-01-01T00:00:00Z");
                for (int i = 0; i < EVENTS; i++) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setLong(2, i);
                    insert.setString(3, org.axonframework.common.DateTimeUtils.formatInstant(start.plusSeconds(i)));
                    insert.setString(4, """
                            {"conventionId":"ctg-bulk","actionId":"pe-01","previousStatus":"PLANNED",
                             "status":"IN_PROGRESS","on":"2024-01-10","note":"%s","reason":null}""".formatted(NOTE + i));
                    insert.setString(5, """
                            {"principal":"anonymous","requestId":"r-%d","correlationId":"c-%d"}""".formatted(i, i));
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }

    private static void awaitReady(Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        List<String> problems = new ArrayList<>();
        try {
            await().atMost(Duration.ofSeconds(120)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        assertThat(server.isAlive()).as("server started; see " + log.toAbsolutePath()).isTrue();
                        try {
                            int status = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                            if (status == 200) {
                                return true;
                            }
                            problems.add("status " + status);
                        } catch (IOException notYet) {
                            // not listening yet
                        }
                        return false;
                    });
        } catch (ConditionTimeoutException notStarted) {
            throw new AssertionError("The server did not start in time: " + problems + "; see "
                    + log.toAbsolutePath());
        }
    }
}
