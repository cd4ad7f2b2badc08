package fr.ctg.command.security;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends 10,000 generated malformed or hostile requests (wrong types, huge strings, unicode edge cases, injection
 * strings, missing and extra fields, invalid dates, negative and overflowing numbers, bad paths and headers) to every
 * command endpoint, and checks that none gets a 5xx, none leaks internals, and no refused request writes an event.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileRequestsTest {

    static final int REQUESTS = 10_000;
    static final String ID = "ctg-fuzz";
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |java\\.lang|org\\.springframework|org\\.axonframework|org\\.postgresql|SQLState|"
                    + "org\\.hibernate|com\\.fasterxml|fr\\.ctg\\.");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    record Endpoint(String user, String pathTemplate, Map<String, Object> valid) {
    }

    @Test
    void noHostileRequestBreaksTheServiceLeaksInternalsOrHalfWrites() throws Exception {
        TestAccounts.createAll(context);
        TestAccounts.assign(context, ID, TestAccounts.COORDINATOR);
        String sample = new ClassPathResource("sample/ctg-pays-du-gier.json").getContentAsString(StandardCharsets.UTF_8)
                .replace("ctg-pays-du-gier-2023", ID);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThat(send(client, TestAccounts.ADMIN, "/api/v1/conventions", sample, Map.of()).status()).isEqualTo(201);

        HostileInput input = new HostileInput(20261128L);
        List<Endpoint> endpoints = endpoints();
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        long events = eventCount();
        for (int i = 0; i < REQUESTS && failures.size() < 20; i++) {
            Endpoint endpoint = endpoints.get(input.random().nextInt(endpoints.size()));
            String path = endpoint.pathTemplate()
                    .replace("{id}", input.random().nextInt(10) == 0 ? input.pathSegment(ID) : ID)
                    .replace("{insee}", input.pathSegment(List.of("42186", "42110", "42207").get(input.random().nextInt(3))))
                    .replace("{action}", input.pathSegment("pe-01"));
            String body = input.body(endpoint.valid()).replace("new-action", "new-action-" + i);
            Map<String, String> headers = headers(input);
            RawHttp.Answer answer = send(client, endpoint.user(), path, body, headers);
            statuses.merge(answer.status(), 1, Integer::sum);
            long now = eventCount();
            String where = "request " + i + " POST " + path + " " + headers + " " + abbreviate(body);
            if (answer.status() >= 500) {
                failures.add(answer.status() + " for " + where + " -> " + answer.body());
            }
            if (LEAK.matcher(answer.body()).find()) {
                failures.add("internals leaked for " + where + " -> " + abbreviate(answer.body()));
            }
            if (answer.status() >= 300 && now != events) {
                failures.add("refused with " + answer.status() + " but wrote " + (now - events) + " event(s): " + where);
            }
            events = now;
        }
        assertThat(failures).as("statuses seen: %s", statuses).isEmpty();
        assertThat(statuses.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(REQUESTS);
        assertThat(statuses).containsKeys(400, 404, 409);
    }

    /** Passwords over BCrypt's 72 bytes, in a new account and in HTTP Basic: a 4xx problem each, never a 5xx. */
    @Test
    void passwordsOverSeventyTwoBytesAreRefusedWithA4xxNeverA5xx() throws Exception {
        TestAccounts.createAll(context);
        HttpClient client = HttpClient.newHttpClient();
        List<String> failures = new ArrayList<>();
        for (String password : List.of("x".repeat(73), "a" + "é".repeat(36), "😀".repeat(19), "k".repeat(10_000))) {
            RawHttp.Answer created = send(client, TestAccounts.ADMIN, "/api/v1/admin/accounts",
                    "{\"username\":\"hostile-" + password.length() + "\",\"password\":\"" + password
                            + "\",\"roles\":[\"AUDITOR\"]}", Map.of());
            if (created.status() != 400 || !created.body().contains("\"rule\":\"password-too-long\"")) {
                failures.add("new account, " + password.length() + " chars -> " + created.status());
            }
            // An unknown account signs in, so that no test account gets throttled.
            HttpResponse<String> signIn = client.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/account"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            ("hostile-guesser:" + password).getBytes(StandardCharsets.UTF_8))).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (signIn.statusCode() < 400 || signIn.statusCode() >= 500) {
                failures.add("HTTP Basic, " + password.length() + " chars -> " + signIn.statusCode());
            }
        }
        assertThat(failures).isEmpty();
    }

    private static List<Endpoint> endpoints() {
        String base = "/api/v1/conventions/{id}";
        String coordinator = TestAccounts.COORDINATOR;
        return List.of(
                new Endpoint(TestAccounts.ADMIN, "/api/v1/conventions", Map.of("conventionId", "ctg-other",
                        "name", "Autre", "caf", "Caf", "period", Map.of("startYear", 2023, "endYear", 2027),
                        "perimeters", List.of(Map.of("code", "P1", "name", "P1", "communeInseeCodes", List.of("42186"))),
                        "themes", List.of(), "stakes", List.of(), "actions", List.of())),
                new Endpoint(coordinator, base + "/communes/{insee}/presentation", Map.of("sessionDate", "2023-09-06")),
                new Endpoint(coordinator, base + "/communes/{insee}/votes", Map.of("sessionDate", "2023-09-06", "present", 28,
                        "votesFor", 25, "votesAgainst", 2, "abstentions", 1, "notTakingPart", 0, "ballot", "PUBLIC",
                        "deliberationNumber", "DEL_2023_064", "actesId", "042-214201865-20230906-DEL_2023_064-DE")),
                new Endpoint(coordinator, base + "/communes/{insee}/transmission", Map.of("sentOn", "2023-09-13",
                        "receivedOn", "2023-09-13", "actesId", "042-214201865-20230906-DEL_2023_064-DE")),
                new Endpoint(coordinator, base + "/communes/{insee}/publication", Map.of("publishedOn", "2023-09-14",
                        "url", "https://www.example.fr/deliberations/DEL_2023_064.pdf")),
                new Endpoint(coordinator, base + "/communes/{insee}/withdrawal",
                        Map.of("withdrawnOn", "2023-09-14", "reason", "motif")),
                new Endpoint(coordinator, base + "/signature", Map.of("signedOn", "2023-10-02", "signatories",
                        List.of(Map.of("partyId", "caf", "name", "A", "role", "B")))),
                new Endpoint(coordinator, base + "/actions", Map.of("actionId", "new-action", "title", "Titre",
                        "themeCode", "PETITE_ENFANCE", "stakeCode", "PE-1", "level", "COMMUNAL",
                        "period", Map.of("startYear", 2023, "endYear", 2024),
                        "scope", Map.of("perimeterCodes", List.of("P3"), "communeInseeCodes", List.of()))),
                new Endpoint(coordinator, base + "/actions/{action}/status",
                        Map.of("status", "IN_PROGRESS", "on", "2024-01-10", "note", "note")));
    }

    private static Map<String, String> headers(HostileInput input) {
        return switch (input.random().nextInt(10)) {
            case 0 -> Map.of("If-Match", List.of("\"abc\"", "W/\"1\"", "\"99999999999999999999\"", "*", "\"0\"")
                    .get(input.random().nextInt(5)));
            case 1 -> Map.of("Idempotency-Key", List.of("k".repeat(500), "clé-é", "ok-" + input.random().nextInt(50))
                    .get(input.random().nextInt(3)));
            case 2 -> Map.of("Content-Type", List.of("text/plain", "application/xml", "application/json; charset=latin1")
                    .get(input.random().nextInt(3)));
            // Bytes outside visible ASCII as they reach the server (UTF-8 read as ISO-8859-1: an emoji becomes C1
            // controls), in the headers the service reads and in one it does not.
            case 3 -> Map.of(List.of("X-Correlation-Id", "Idempotency-Key", "If-Match", "Accept-Language")
                            .get(input.random().nextInt(4)),
                    List.of(MalformedHeadersAndPathsTest.EMOJI_AS_SENT, MalformedHeadersAndPathsTest.C1_CONTROL,
                            MalformedHeadersAndPathsTest.LATIN1, "a\u00a0b").get(input.random().nextInt(4)));
            default -> Map.of();
        };
    }

    /** Headers with bytes outside ASCII go on a raw socket: the JDK's client would send each such character as '?'. */
    private RawHttp.Answer send(HttpClient client, String user, String path, String body,
                                Map<String, String> headers) throws Exception {
        if (headers.values().stream().anyMatch(value -> value.chars().anyMatch(c -> c > 0x7e))) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put("Authorization", TestAccounts.basic(user));
            all.putIfAbsent("Content-Type", "application/json");
            return RawHttp.send(port, "POST", path, all, body);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + TestAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new RawHttp.Answer(answer.statusCode(), answer.body());
    }

    private long eventCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
