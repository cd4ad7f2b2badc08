package fr.ctg.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.command.CommandSideApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import fr.ctg.platform.security.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The command API over HTTP, on the embedded PostgreSQL. */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommandApiTest {

    static final String RIVE_DE_GIER_ACTES = "042-214201865-20230906-DEL_2023_064-DE";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    CommandApiClient admin;
    CommandApiClient api;
    String id;
    String base;

    @BeforeEach
    void defineTheSample() {
        TestAccounts.createAll(context);
        admin = new CommandApiClient(http, TestAccounts.ADMIN);
        api = new CommandApiClient(http, TestAccounts.COORDINATOR);
        id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/api/v1/conventions/" + id;
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        CommandApiClient.Answer defined = admin.post("/api/v1/conventions", admin.sampleAs(id));
        assertThat(defined.status()).isEqualTo(201);
        assertThat(defined.headers().getLocation()).hasToString("/api/v1/conventions/" + id);
        assertThat(defined.body().get("version").asLong()).isZero();
    }

    @Test
    void walksRiveDeGierThroughItsRouteWithItsRealDeliberation() {
        CommandApiClient.Answer presented = api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        CommandApiClient.Answer voted = api.post(base + "/communes/42186/votes",
                CommandApiClient.vote("2023-09-06", "DEL_2023_064", RIVE_DE_GIER_ACTES));
        CommandApiClient.Answer transmitted = api.post(base + "/communes/42186/transmission",
                "{\"sentOn\":\"2023-09-13\",\"receivedOn\":\"2023-09-13\",\"actesId\":\"" + RIVE_DE_GIER_ACTES + "\"}");
        CommandApiClient.Answer published = api.post(base + "/communes/42186/publication",
                "{\"publishedOn\":\"2023-09-14\",\"url\":\"https://www.example.fr/deliberations/DEL_2023_064.pdf\"}");

        assertThat(List.of(presented.status(), voted.status(), transmitted.status(), published.status()))
                .containsOnly(200);
        assertThat(published.body().get("version").asLong()).isEqualTo(5);
        assertThat(published.headers().getETag()).isEqualTo("\"5\"");
        assertThat(published.body().get("events")).extracting(JsonNode::asText)
                .containsExactly("DeliberationPublished", "DeliberationBecameExecutory");
        assertThat(published.body().get("position").asLong()).isGreaterThan(presented.body().get("position").asLong());
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil", "CouncilVoteRecorded",
                "PrefectureTransmissionRecorded", "DeliberationPublished", "DeliberationBecameExecutory");
    }

    @Test
    void theRiveDeGierDeliberationIsRefusedForAnotherCommuneOrAnotherDate() {
        api.post(base + "/communes/42207/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-01\"}");

        CommandApiClient.Answer otherCommune = api.post(base + "/communes/42207/votes",
                CommandApiClient.vote("2023-09-06", "DEL_2023_064", RIVE_DE_GIER_ACTES));
        CommandApiClient.Answer otherDate = api.post(base + "/communes/42186/votes",
                CommandApiClient.vote("2023-09-07", "DEL_2023_064", RIVE_DE_GIER_ACTES));

        assertProblem(otherCommune, 409, "actes-id-siren-mismatch");
        assertProblem(otherDate, 409, "actes-id-date-mismatch");
        assertThat(types()).doesNotContain("CouncilVoteRecorded");
    }

    @Test
    void aMalformedBodyIsA400ProblemAndWritesNothing() {
        assertProblem(api.post(base + "/communes/42186/presentation", "{\"sessionDate\":"), 400, "malformed-request");
        CommandApiClient.Answer impossibleDay = api.post(base + "/communes/42186/presentation",
                "{\"sessionDate\":\"2023-02-30\"}");
        assertProblem(impossibleDay, 400, "malformed-request");
        assertThat(impossibleDay.body().get("errors").findValuesAsText("field")).containsExactly("sessionDate");
        assertProblem(api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\",\"extra\":1}"), 400, "malformed-request");
        CommandApiClient.Answer missing = api.post(base + "/communes/42186/votes", "{\"sessionDate\":\"2023-09-06\"}");
        assertProblem(missing, 400, "invalid-input");
        assertThat(missing.body().get("errors").findValuesAsText("field")).contains("votesFor", "ballot", "deliberationNumber");
        assertProblem(api.post(base + "/communes/not-a-code/presentation", "{\"sessionDate\":\"2023-09-06\"}"), 400,
                "council-path-invalid");
        assertThat(types()).containsExactly("ConventionDefined");
    }

    @Test
    void anUnknownCommuneOrConventionIsA404Problem() {
        assertProblem(api.post(base + "/communes/75056/presentation", "{\"sessionDate\":\"2023-09-06\"}"), 404,
                "commune-not-in-convention");
        TestAccounts.assign(context, "no-such-ctg", TestAccounts.COORDINATOR);
        assertProblem(api.post("/api/v1/conventions/no-such-ctg/communes/42186/presentation",
                "{\"sessionDate\":\"2023-09-06\"}"), 404, "convention-not-found");
        assertProblem(api.post(base + "/actions/zz-99/status", "{\"status\":\"DONE\",\"on\":\"2024-01-01\"}"), 404,
                "action-not-found");
        assertThat(types()).containsExactly("ConventionDefined");
    }

    @Test
    void aVoteBeforeThePresentationIsA409ProblemNamingTheRule() {
        CommandApiClient.Answer answer = api.post(base + "/communes/42186/votes",
                CommandApiClient.vote("2023-09-06", "DEL_2023_064", null));
        assertProblem(answer, 409, "vote-before-presentation");
        assertThat(answer.body().get("type").asText()).isEqualTo("/problems/vote-before-presentation");
        assertThat(answer.headers().getContentType()).hasToString("application/problem+json");
        assertThat(types()).containsExactly("ConventionDefined");
    }

    @Test
    void aMalformedActesIdIsA400Problem() {
        api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        CommandApiClient.Answer answer = api.post(base + "/communes/42186/votes",
                CommandApiClient.vote("2023-09-06", "DEL_2023_064", "042-214201866-20230906-DEL_2023_064-DE"));
        assertProblem(answer, 400, "actes-id-malformed");
        assertThat(answer.body().get("detail").asText()).contains("Luhn");
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");
    }

    @Test
    void aPrematureSignatureListsTheBlockingPartiesAndWhatEachLacks() {
        api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        CommandApiClient.Answer answer = api.post(base + "/signature", """
                {"signedOn":"2023-10-01","signatories":[
                  {"partyId":"caf","name":"A. Martin","role":"Directrice"},
                  {"partyId":"42186","name":"J. Dupont","role":"Maire"},
                  {"partyId":"244200770","name":"G. Perdriau","role":"Président"}]}""");

        assertProblem(answer, 409, "party-cannot-sign-yet");
        JsonNode blockers = answer.body().get("blockingParties");
        assertThat(blockers.findValuesAsText("partyId")).containsExactly("caf", "42186", "244200770");
        assertThat(blockers.get(0).get("missing")).extracting(JsonNode::asText).containsExactly("CAF_BOARD_DECISION");
        assertThat(blockers.get(1).get("name").asText()).isEqualTo("Rive-de-Gier");
        assertThat(blockers.get(1).get("missing")).extracting(JsonNode::asText)
                .containsExactly("ADOPTED_VOTE", "PREFECTURE_TRANSMISSION", "PUBLICATION");
        assertThat(blockers.get(2).get("kind").asText()).isEqualTo("EPCI");
        assertThat(types()).doesNotContain("PartySigned", "ConventionSigned");
    }

    @Test
    void theSameIdempotencyKeyAppliesOnceAndReturnsTheFirstAnswer() {
        Map<String, String> key = Map.of("Idempotency-Key", "present-" + id);
        CommandApiClient.Answer first = api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}", key);
        CommandApiClient.Answer second = api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}", key);

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");

        CommandApiClient.Answer reused = api.post(base + "/communes/42207/presentation", "{\"sessionDate\":\"2023-09-06\"}", key);
        assertProblem(reused, 422, "idempotency-key-reused");
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");
    }

    @Test
    void aStaleIfMatchIsA409AndTheCurrentOneApplies() {
        api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");

        CommandApiClient.Answer stale = api.post(base + "/communes/42207/presentation",
                "{\"sessionDate\":\"2023-09-06\"}", Map.of("If-Match", "\"0\""));
        assertProblem(stale, 409, "version-conflict");
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");

        CommandApiClient.Answer current = api.post(base + "/communes/42207/presentation",
                "{\"sessionDate\":\"2023-09-06\"}", Map.of("If-Match", "\"1\""));
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.body().get("version").asLong()).isEqualTo(2);
        assertProblem(api.post(base + "/communes/42110/presentation", "{\"sessionDate\":\"2023-09-06\"}",
                Map.of("If-Match", "W/\"abc\"")), 400, "if-match-invalid");
    }

    @Test
    void definingAnExistingConventionIsA409() {
        assertProblem(admin.post("/api/v1/conventions", admin.sampleAs(id)), 409, "convention-already-exists");
        assertThat(types()).containsExactly("ConventionDefined");
    }

    @Test
    void definingWithAnUnknownInseeCodeIsA404AndWritesNothing() {
        String other = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        String body = api.sampleAs(other).replace("\"42110\"", "\"99999\"");
        assertProblem(admin.post("/api/v1/conventions", body), 404, "commune-unknown");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, other)).isZero();
    }

    private void assertProblem(CommandApiClient.Answer answer, int status, String rule) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.body().get("rule").asText()).isEqualTo(rule);
        assertThat(answer.body().get("status").asInt()).isEqualTo(status);
        assertThat(answer.body().toString()).doesNotContain("Exception", "at fr.", "SELECT");
    }

    private List<String> types() {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, id).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }
}
