package fr.ctg.audittest;

import fr.ctg.platform.testing.SettableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The history API over HTTP, on a history written through the command API at known instants. */
@Tag("slow")
@SpringBootTest(classes = AuditTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryApiTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext accountsContext;

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SettableClock clock;

    Api api;
    String id;
    String history;

    @BeforeEach
    void writeAKnownHistory() {
        api = new Api(http, accountsContext);
        id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        history = "/api/v1/audit/conventions/" + id;
        clock.set("2023-09-01T08:00:00Z");
        api.command("/api/v1/conventions", api.sample(id));
        api.walkRiveDeGier(id, clock);
        clock.set("2023-09-20T18:00:00Z");
        api.command("/api/v1/conventions/" + id + "/communes/42207/presentation", "{\"sessionDate\":\"2023-09-20\"}");
        clock.set("2024-01-10T09:00:00Z");
        api.command("/api/v1/conventions/" + id + "/actions/pe-01/status",
                "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-01-10\",\"note\":\"Premier comité de pilotage\"}");
    }

    @Test
    void theHistoryOfAConventionIsItsEventsInOrderWithWhoWhenAndWhy() {
        JsonNode events = events(history + "/history");

        assertThat(types(events)).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil",
                "CouncilVoteRecorded", "PrefectureTransmissionRecorded", "DeliberationPublished",
                "DeliberationBecameExecutory", "PresentedToMunicipalCouncil", "ActionStatusUpdated");
        List<Long> stored = jdbc.queryForList("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY global_index", Long.class, id);
        JsonNode vote = events.get(2);
        assertThat(positions(events)).isEqualTo(stored);
        assertThat(vote.get("version").asLong()).isEqualTo(2);
        assertThat(vote.get("timestamp").asText()).isEqualTo("2023-09-06T20:00:00.000Z");
        assertThat(vote.get("recordedAtParis").asText()).isEqualTo("2023-09-06T22:00:00+02:00");
        assertThat(vote.get("principal").asText()).isEqualTo(fr.ctg.platform.security.TestAccounts.COORDINATOR);
        assertThat(vote.get("requestId").asText()).isEqualTo(jdbc.queryForObject(
                "SELECT meta_data->>'requestId' FROM domain_event_entry WHERE global_index = ?", String.class,
                vote.get("position").asLong()));
        assertThat(vote.get("correlationId").asText()).isNotBlank();
        assertThat(vote.get("payload").get("votes").get("votesFor").asInt()).isEqualTo(25);
        assertThat(vote.get("payload").get("actesId").asText()).isEqualTo(Api.RIVE_DE_GIER_ACTES);
    }

    @Test
    void theHistoryOfACommuneHasTheDefinitionThatBroughtItInAndTheEventsNamingIt() {
        assertThat(types(events(history + "/communes/42186/history"))).containsExactly("ConventionDefined",
                "PresentedToMunicipalCouncil", "CouncilVoteRecorded", "PrefectureTransmissionRecorded",
                "DeliberationPublished", "DeliberationBecameExecutory");
        JsonNode saintChamond = events(history + "/communes/42207/history");
        assertThat(types(saintChamond)).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");
        assertThat(saintChamond.get(1).get("payload").get("communeInseeCode").asText()).isEqualTo("42207");
    }

    @Test
    void theHistoryOfAnActionHasItsDefinitionAndItsStatusUpdates() {
        JsonNode action = events(history + "/actions/pe-01/history");

        assertThat(types(action)).containsExactly("ConventionDefined", "ActionStatusUpdated");
        assertThat(action.get(1).get("payload").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(types(events(history + "/actions/pe-02/history"))).containsExactly("ConventionDefined");
    }

    @Test
    void aDateRangeKeepsTheEventsFromItsStartUpToItsEnd() {
        assertThat(types(events(history + "/history?from=2023-09-06T20:00:00Z&to=2023-09-14")))
                .containsExactly("CouncilVoteRecorded", "PrefectureTransmissionRecorded");
        assertThat(types(events(history + "/history?from=2023-09-14"))).containsExactly("DeliberationPublished",
                "DeliberationBecameExecutory", "PresentedToMunicipalCouncil", "ActionStatusUpdated");
        assertThat(types(events(history + "/communes/42186/history?to=2023-09-06T14:30:00-04:00")))
                .containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");
    }

    @Test
    void aTypeFilterTakesSimpleOrFullNamesAndRepeats() {
        assertThat(types(events(history + "/history?type=PresentedToMunicipalCouncil")))
                .containsExactly("PresentedToMunicipalCouncil", "PresentedToMunicipalCouncil");
        assertThat(types(events(history + "/history?type=fr.ctg.route.CouncilVoteRecorded&type=ActionStatusUpdated")))
                .containsExactly("CouncilVoteRecorded", "ActionStatusUpdated");
    }

    @Test
    void pagesFollowTheCursorToTheEndWithNothingMissedOrRepeated() {
        JsonNode all = events(history + "/history");
        List<Long> paged = new ArrayList<>();
        String next = history + "/history?limit=3";
        int pages = 0;
        while (next != null) {
            JsonNode page = api.parse(api.get(next).getBody());
            assertThat(page.get("events").size()).isLessThanOrEqualTo(3);
            paged.addAll(positions(page.get("events")));
            pages++;
            next = page.get("nextAfter").isNull() ? null
                    : history + "/history?limit=3&after=" + page.get("nextAfter").asLong();
        }

        assertThat(pages).isEqualTo(3);
        assertThat(paged).isEqualTo(positions(all));
    }

    @Test
    void exportsCarryTheSameHistoryAsCsvAndJsonLines() {
        ResponseEntity<String> csv = api.get(history + "/communes/42186/history.csv");
        ResponseEntity<String> lines = api.get(history + "/communes/42186/history.jsonl");

        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo(id + "-commune-42186-history.csv");
        String[] csvLines = csv.getBody().split("\r\n");
        assertThat(csvLines[0]).isEqualTo(
                "position,conventionId,version,eventId,type,timestamp,recordedAtParis,principal,correlationId,requestId,causationId,hash,payload");
        assertThat(csvLines).hasSize(7);
        assertThat(csvLines[3]).contains(",CouncilVoteRecorded,2023-09-06T20:00:00.000Z,2023-09-06T22:00:00+02:00," + fr.ctg.platform.security.TestAccounts.COORDINATOR + ",")
                .contains("\"{\"\"votes\"\": {\"\"votesFor\"\": 25");
        List<JsonNode> jsonLines = lines.getBody().lines().map(api::parse).toList();
        assertThat(jsonLines).hasSize(6);
        assertThat(jsonLines.get(2).get("type").asText()).isEqualTo("CouncilVoteRecorded");
        assertThat(jsonLines.stream().map(l -> l.get("position").asLong()).toList())
                .isEqualTo(positions(events(history + "/communes/42186/history")));
    }

    /** The paging of every paged view (page from 0, size); limit and after above are its deprecated names. */
    @Test
    void pagesByNumberCoverTheHistoryWithNothingMissedOrRepeated() {
        JsonNode all = events(history + "/history");
        List<Long> paged = new ArrayList<>();
        int page = 0;
        boolean more = true;
        while (more) {
            JsonNode answer = api.parse(api.get(history + "/history?size=3&page=" + page).getBody());
            assertThat(answer.get("page").asInt()).isEqualTo(page);
            assertThat(answer.get("size").asInt()).isEqualTo(3);
            assertThat(answer.get("events").size()).isLessThanOrEqualTo(3);
            paged.addAll(positions(answer.get("events")));
            more = answer.get("hasNextPage").asBoolean();
            page++;
        }

        assertThat(page).isEqualTo(3);
        assertThat(paged).isEqualTo(positions(all));
        ResponseEntity<String> badPage = api.get(history + "/history?page=-1");
        assertThat(badPage.getStatusCode().value()).isEqualTo(400);
        assertThat(api.parse(badPage.getBody()).get("rule").asText()).isEqualTo("history-filter-invalid");
    }

    @Test
    void anUnknownConventionIsA404AndABadFilterA400NamingTheRule() {
        ResponseEntity<String> unknown = api.get("/api/v1/audit/conventions/nope/history");
        ResponseEntity<String> badDate = api.get(history + "/history?from=yesterday");
        ResponseEntity<String> badLimit = api.get(history + "/history.csv?limit=0");

        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(api.parse(unknown.getBody()).get("rule").asText()).isEqualTo("convention-not-found");
        assertThat(badDate.getStatusCode().value()).isEqualTo(400);
        assertThat(api.parse(badDate.getBody()).get("rule").asText()).isEqualTo("history-filter-invalid");
        assertThat(badLimit.getStatusCode().value()).isEqualTo(400);
    }

    private JsonNode events(String path) {
        ResponseEntity<String> answer = api.get(path);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return api.parse(answer.getBody()).get("events");
    }

    private static List<String> types(JsonNode events) {
        List<String> types = new ArrayList<>();
        events.forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    private static List<Long> positions(JsonNode events) {
        List<Long> positions = new ArrayList<>();
        events.forEach(e -> positions.add(e.get("position").asLong()));
        return positions;
    }
}
