package fr.ctg.app.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import fr.ctg.platform.testing.SettableClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auditors' views: as-of answers equal the live views as they were at those instants, a corrected vote shows in the
 * history twice and in the views once, and a replay of the whole history gives the live views back.
 */
@Tag("slow")
@SpringBootTest(classes = {CtgApplication.class, AuditedViewsTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditedViewsTest {

    static final List<String> VIEWS = List.of("overview", "communes", "perimeters", "action-progress");
    static final String ACTES = "042-214201865-20230906-DEL_2023_064-DE";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    String id;
    String base;
    long position;

    @BeforeEach
    void define() {
        TestAccounts.createAll(context);
        id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/api/v1/conventions/" + id;
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        clock.set("2023-06-01T10:00:00Z");
        command(TestAccounts.ADMIN, "/api/v1/conventions", SampleConvention.as(id));
    }

    @Test
    void asOfViewsEqualTheLiveViewsAsTheyWereAtThoseInstants() {
        Map<String, Map<String, JsonNode>> snapshots = new LinkedHashMap<>();
        snapshots.put("2023-06-01T10:00:00Z", live());
        clock.set("2023-09-06T18:00:00Z");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        command(TestAccounts.COORDINATOR, base + "/communes/42207/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        snapshots.put("2023-09-06T18:00:00Z", live());
        clock.set("2023-09-06T20:00:00Z");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/votes", vote(25, ACTES));
        command(TestAccounts.COORDINATOR, base + "/communes/42207/votes", vote(3, null));
        snapshots.put("2023-09-06T20:00:00Z", live());
        clock.set("2024-02-01T09:00:00Z");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/transmission",
                "{\"sentOn\":\"2023-09-13\",\"receivedOn\":\"2023-09-13\",\"actesId\":\"" + ACTES + "\"}");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/publication", "{\"publishedOn\":\"2023-09-14\",\"url\":\"https://www.example.fr/deliberations.pdf\"}");
        command(TestAccounts.COORDINATOR, base + "/actions/pe-01/status", "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-01-15\"}");
        snapshots.put("2024-02-01T09:00:00Z", live());
        clock.set("2025-03-01T09:00:00Z");
        command(TestAccounts.COORDINATOR, base + "/actions/pe-02/status", "{\"status\":\"DONE\",\"on\":\"2025-02-15\"}");
        snapshots.put("2025-03-01T09:00:00Z", live());

        snapshots.forEach((instant, views) -> VIEWS.forEach(view -> assertThat(asOf(view, instant))
                .as("%s as of %s", view, instant).isEqualTo(views.get(view))));
        assertThat(snapshots.get("2023-09-06T18:00:00Z")).isNotEqualTo(snapshots.get("2024-02-01T09:00:00Z"));
        assertThat(get(TestAccounts.AUDITOR, "/api/v1/audit/conventions/" + id + "/as-of/overview?at=2023-05-31T00:00:00Z")
                .getStatusCode().value()).isEqualTo(404);
    }

    /** 00:30 on 1 January 2027 in Paris is still 31 December in UTC: the view judges the Paris day. */
    @Test
    void anAsOfViewJustAfterMidnightInParisCountsAnActionEndingTheYearBeforeAsOverdue() {
        // 2027-01-01T00:30:00+01:00 and 2026-12-31T23:30:00+01:00, written in UTC (a '+' in a query string is a space).
        JsonNode newYear = asOf("action-progress", "2026-12-31T23:30:00Z");
        JsonNode newYearsEve = asOf("action-progress", "2026-12-31T22:30:00Z");

        assertThat(newYear.path("asOf").asText()).isEqualTo("2027-01-01");
        assertThat(newYearsEve.path("asOf").asText()).isEqualTo("2026-12-31");
        // The sample's nine actions of 2025-2026 are overdue from 1 January 2027, beside the seventeen of 2023-2024.
        assertThat(newYearsEve.path("totals").path("overdue").asInt()).isEqualTo(17);
        assertThat(newYear.path("totals").path("overdue").asInt()).isEqualTo(26);
    }

    @Test
    void aCorrectedVoteShowsTwiceInTheHistoryAndCorrectedInTheViews() throws Exception {
        clock.set("2023-09-06T20:00:00Z");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/votes", vote(25, ACTES));
        clock.set("2023-09-07T08:00:00Z");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/votes/corrections", """
                {"votesFor":24,"votesAgainst":2,"abstentions":2,"notTakingPart":0,"ballot":"PUBLIC",
                 "reason":"Une abstention saisie comme un vote pour"}""");

        JsonNode history = json.readTree(get(TestAccounts.AUDITOR,
                "/api/v1/audit/conventions/" + id + "/history?commune=42186").getBody());
        List<String> types = history.findValuesAsText("type");
        assertThat(types).containsSubsequence("CouncilVoteRecorded", "CouncilVoteCorrected");
        assertThat(history.toString()).contains("\"votesFor\":25", "\"votesFor\":24",
                "Une abstention saisie comme un vote pour");

        JsonNode commune = view(base + "/communes?perimeter=P3&size=50").path("items").findParents("inseeCode").stream()
                .filter(c -> c.path("inseeCode").asText().equals("42186")).findFirst().orElseThrow();
        assertThat(commune.path("votesFor").asInt()).isEqualTo(24);
        assertThat(commune.path("abstentions").asInt()).isEqualTo(2);
        assertThat(commune.path("stage").asText()).isEqualTo("ADOPTED");
        assertThat(asOf("communes", "2023-09-06T21:00:00Z").toString()).contains("\"votesFor\":25");
    }

    @Test
    void aReplayOfTheWholeHistoryGivesTheLiveViewsBackAndFindsAnAlteredOne() throws Exception {
        clock.set("2023-09-06T20:00:00Z");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        command(TestAccounts.COORDINATOR, base + "/communes/42186/votes", vote(25, ACTES));
        view(base);

        JsonNode intact = replayCheck();
        assertThat(intact.path("status").asText()).as(intact.toString()).isEqualTo("identical");
        assertThat(intact.path("eventsReplayed").asLong()).isEqualTo(intact.path("head").asLong());

        jdbc.update("UPDATE commune_approval SET votes_for = 99 WHERE convention_id = ? AND insee_code = '42186'", id);
        JsonNode altered = replayCheck();
        assertThat(altered.path("status").asText()).isEqualTo("different");
        assertThat(altered.path("differences").findValuesAsText("table")).containsExactly("commune_approval");
        assertThat(altered.path("differences").get(0).path("onlyLive").asLong()).isEqualTo(1);
        assertThat(altered.path("differences").get(0).path("onlyReplayed").asLong()).isEqualTo(1);
        // pg_class lists every session's temporary tables: none of the copies outlives its check.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_class WHERE relpersistence = 't' AND relname = "
                + "'commune_approval'", Long.class)).as("the throwaway copies are gone").isZero();
    }

    /** The replay check is a job: followed to its end, its result is the report. */
    private JsonNode replayCheck() {
        ResponseEntity<String> answer = post(TestAccounts.AUDITOR, "/api/v1/audit/replay-check");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(202);
        String location = answer.getHeaders().getLocation().toString();
        JsonNode job = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50))
                .until(() -> read(get(TestAccounts.AUDITOR, location).getBody()),
                        j -> !j.path("status").asText().equals("running"));
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("done");
        assertThat(job.path("eventsDone").asLong()).isEqualTo(job.path("result").path("eventsReplayed").asLong());
        return job.path("result");
    }

    private Map<String, JsonNode> live() {
        Map<String, JsonNode> views = new LinkedHashMap<>();
        views.put("overview", view(base));
        views.put("communes", view(base + "/communes?size=500"));
        views.put("perimeters", view(base + "/perimeters"));
        views.put("action-progress", view(base + "/action-progress?size=500"));
        return views;
    }

    private JsonNode asOf(String view, String instant) {
        ResponseEntity<String> answer = get(TestAccounts.AUDITOR,
                "/api/v1/audit/conventions/" + id + "/as-of/" + view + "?at=" + instant);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return read(answer.getBody());
    }

    private JsonNode view(String path) {
        ResponseEntity<String> answer = get(TestAccounts.READER,
                path + (path.contains("?") ? "&" : "?") + "minPosition=" + position);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(200);
        return read(answer.getBody());
    }

    private void command(String user, String path, String body) {
        ResponseEntity<String> answer = exchange(user, HttpMethod.POST, path, body);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " " + answer.getBody()).isTrue();
        position = read(answer.getBody()).path("position").asLong();
    }

    private ResponseEntity<String> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null);
    }

    private ResponseEntity<String> post(String user, String path) {
        return exchange(user, HttpMethod.POST, path, null);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, TestAccounts.PASSWORD).exchange(path, method, new HttpEntity<>(body, headers),
                String.class);
    }

    private static String vote(int votesFor, String actesId) {
        return """
                {"sessionDate":"2023-09-06","present":30,"votesFor":%d,"votesAgainst":4,"abstentions":1,"notTakingPart":0,
                 "ballot":"PUBLIC","deliberationNumber":"DEL_2023_064"%s}"""
                .formatted(votesFor, actesId == null ? "" : ",\"actesId\":\"" + actesId + "\"");
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
