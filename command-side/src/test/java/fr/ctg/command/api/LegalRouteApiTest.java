package fr.ctg.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The law of the route over HTTP, on the embedded PostgreSQL: the quorum of Rive-de-Gier's 33 councillors, the
 * intercommunality's own route and ACTES identifiers, and a convention signed only once every party has.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LegalRouteApiTest {

    private static final String RIVE_DE_GIER_ACTES = "042-214201865-20230906-DEL_2023_064-DE";
    private static final String METROPOLE_ACTES = "042-244200770-20230928-DEL_2023_120-DE";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    private CommandApiClient api;
    private String id;
    private String base;

    @BeforeEach
    void defineAConventionOfTwoCommunesAndTheirMetropole() {
        TestAccounts.createAll(context);
        id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/api/v1/conventions/" + id;
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        CommandApiClient admin = new CommandApiClient(http, TestAccounts.ADMIN);
        CommandApiClient.Answer defined = admin.post("/api/v1/conventions", """
                {"conventionId":"%s","name":"CTG de test","caf":"Caf de la Loire",
                 "period":{"startYear":2023,"endYear":2027},
                 "perimeters":[{"code":"P3","name":"Périmètre 3","communeInseeCodes":["42186","42225"]}],
                 "themes":[],"stakes":[],"actions":[],
                 "parties":{"epciSiren":"244200770"}}""".formatted(id));
        assertThat(defined.status()).as(defined.body().toString()).isEqualTo(201);
        api = new CommandApiClient(http, TestAccounts.COORDINATOR);
    }

    @Test
    void fourteenOfThirtyThreePresentIsNoQuorumAndSeventeenIs() {
        post("/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");

        CommandApiClient.Answer fourteen = api.post(base + "/communes/42186/votes", vote(33, 14, 12));
        assertThat(fourteen.status()).isEqualTo(409);
        assertThat(fourteen.body().get("rule").asText()).isEqualTo("quorum-not-reached");
        assertThat(types()).doesNotContain("CouncilVoteRecorded");

        post("/communes/42186/votes", vote(33, 17, 15));
        assertThat(types()).endsWith("CouncilVoteRecorded");
        JsonNode attendance = payload("CouncilVoteRecorded").get("attendance");
        assertThat(List.of(attendance.get("membersInOffice").asInt(), attendance.get("present").asInt(),
                attendance.get("represented").asInt())).containsExactly(33, 17, 0);
    }

    @Test
    void theMetropolesActesIdIsAcceptedForItsCouncilAndRefusedForACommune() {
        post("/epci/244200770/presentation", "{\"sessionDate\":\"2023-09-28\"}");
        post("/communes/42186/presentation", "{\"sessionDate\":\"2023-09-28\"}");

        CommandApiClient.Answer commune = api.post(base + "/communes/42186/votes", """
                {"sessionDate":"2023-09-28","present":30,"votesFor":25,"votesAgainst":2,"abstentions":1,
                 "notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_120","actesId":"%s"}"""
                .formatted(METROPOLE_ACTES));
        assertThat(commune.status()).isEqualTo(409);
        assertThat(commune.body().get("rule").asText()).isEqualTo("actes-id-siren-mismatch");

        post("/epci/244200770/votes", metropoleVote());
        assertThat(payload("CouncilVoteRecorded").get("communeInseeCode").asText()).isEqualTo("244200770");
        assertThat(payload("CouncilVoteRecorded").get("actesId").asText()).isEqualTo(METROPOLE_ACTES);

        CommandApiClient.Answer wrongShape = api.post(base + "/epci/42186/presentation",
                "{\"sessionDate\":\"2023-09-28\"}");
        assertThat(wrongShape.status()).isEqualTo(400);
        assertThat(wrongShape.body().get("rule").asText()).isEqualTo("council-path-invalid");
    }

    @Test
    void theConventionIsSignedOnlyOnceTheCafTheMetropoleAndEveryCommuneHaveSigned() {
        walk("/communes/42186", "2023-09-06", "DEL_2023_064", RIVE_DE_GIER_ACTES, "2023-09-14");
        walk("/communes/42225", "2023-09-07", "DEL_2023_050", null, "2023-09-15");
        walk("/epci/244200770", "2023-09-28", "DEL_2023_120", METROPOLE_ACTES, "2023-10-02");

        CommandApiClient.Answer early = api.post(base + "/signature", sign("caf", "2023-10-05"));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.body().get("blockingParties").get(0).get("missing").get(0).asText())
                .isEqualTo("CAF_BOARD_DECISION");
        post("/caf/board-decision", "{\"decidedOn\":\"2023-06-27\",\"reference\":\"CA du 27 juin 2023\"}");

        for (String party : List.of("caf", "42186", "244200770")) {
            post("/signature", sign(party, "2023-10-05"));
            assertThat(types()).as("after %s", party).doesNotContain("ConventionSigned");
        }
        post("/signature", sign("42225", "2023-10-09"));
        assertThat(types()).endsWith("PartySigned", "ConventionSigned");
        assertThat(payload("ConventionSigned").get("signedOn").asText()).isEqualTo("2023-10-09");
        assertThat(payload("ConventionSigned").get("signatures")).hasSize(4);
    }

    @Test
    void aMalformedActesIdIsMalformedInputAndAnImpossibleDayNamesItsField() {
        post("/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        CommandApiClient.Answer malformed = api.post(base + "/communes/42186/votes",
                CommandApiClient.vote("2023-09-06", "DEL_2023_064", "042-21420186-20230906-DEL_2023_064-DE"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("rule").asText()).isEqualTo("actes-id-malformed");

        CommandApiClient.Answer impossible = api.post(base + "/communes/42186/publication",
                "{\"publishedOn\":\"2023-02-30\",\"url\":\"https://www.example.fr/d.pdf\"}");
        assertThat(impossible.status()).isEqualTo(400);
        assertThat(impossible.body().get("errors").get(0).get("field").asText()).isEqualTo("publishedOn");
        CommandApiClient.Answer longAgo = api.post(base + "/communes/42225/presentation",
                "{\"sessionDate\":\"1999-09-06\"}");
        assertThat(longAgo.status()).isEqualTo(409);
        assertThat(longAgo.body().get("rule").asText()).isEqualTo("date-outside-route-window");
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");
    }

    private void walk(String council, String session, String number, String actesId, String published) {
        String received = java.time.LocalDate.parse(session).plusDays(2).toString();
        String actes = actesId != null ? actesId : "042-214202251-" + session.replace("-", "") + "-" + number + "-DE";
        post(council + "/presentation", "{\"sessionDate\":\"" + session + "\"}");
        String attendance = council.startsWith("/epci") ? "\"membersInOffice\":124,\"present\":95"
                : "\"present\":20";
        post(council + "/votes", """
                {"sessionDate":"%s",%s,"votesFor":18,"votesAgainst":1,"abstentions":1,"notTakingPart":0,
                 "ballot":"PUBLIC","deliberationNumber":"%s","actesId":"%s"}""".formatted(session, attendance,
                number, actes));
        post(council + "/transmission", "{\"sentOn\":\"" + received + "\",\"receivedOn\":\"" + received
                + "\",\"actesId\":\"" + actes + "\"}");
        post(council + "/publication", "{\"publishedOn\":\"" + published
                + "\",\"url\":\"https://www.example.fr/deliberations/" + number + ".pdf\"}");
    }

    private static String vote(int inOffice, int present, int votesFor) {
        return """
                {"sessionDate":"2023-09-06","membersInOffice":%d,"present":%d,"votesFor":%d,"votesAgainst":1,
                 "abstentions":1,"notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_064",
                 "actesId":"%s"}""".formatted(inOffice, present, votesFor, RIVE_DE_GIER_ACTES);
    }

    private static String metropoleVote() {
        return """
                {"sessionDate":"2023-09-28","membersInOffice":124,"present":95,"votesFor":90,"votesAgainst":2,
                 "abstentions":3,"notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_120",
                 "actesId":"%s"}""".formatted(METROPOLE_ACTES);
    }

    private static String sign(String partyId, String on) {
        return """
                {"signedOn":"%s","signatories":[{"partyId":"%s","name":"Signataire","role":"Représentant"}]}"""
                .formatted(on, partyId);
    }

    private void post(String path, String body) {
        CommandApiClient.Answer answer = api.post(base + path, body);
        assertThat(answer.status()).as("%s: %s", path, answer.body()).isEqualTo(200);
    }

    private List<String> types() {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, id).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    /** The payload of the latest event of {@code type}. */
    private JsonNode payload(String type) {
        String json = jdbc.queryForObject("SELECT payload::text FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND payload_type LIKE ? ORDER BY sequence_number DESC LIMIT 1", String.class, id, "%." + type);
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
