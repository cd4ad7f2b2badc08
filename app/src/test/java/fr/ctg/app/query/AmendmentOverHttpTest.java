package fr.ctg.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static fr.ctg.app.query.SampleRoute.SAINT_CHAMOND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Amendment no. 1 of the sample over HTTP, in the all-in-one service on embedded PostgreSQL: signed by every party,
 * the sample is amended to merge {@code par-02} and {@code ej-09} into {@code par-03} (one guichet d'information
 * unique des parents, see docs/sample-convention.md) and to reword {@code pe-01}; every council concerned deliberates
 * on it, and version 2 is in force from the last signature's day.
 */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmendmentOverHttpTest {

    private static final String ID = "ctg-gier-amendment";
    private static final String BASE = "/api/v1/conventions/" + ID;
    private static final String AMENDMENT = BASE + "/amendments/1";
    private static final String SIGNED = "2023-10-20";
    private static final String FIRST_SIGNATURES = "2025-02-20";
    private static final String LAST_SIGNATURE = "2025-03-03";
    private static final String REWORDED = "Répondre aux déficits d'orientation vers les métiers de la petite enfance";

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    /** A live view read at an instant, to compare with the auditors' as-of view at that instant. */
    private record Seen(Instant at, String day, JsonNode plan) {
    }

    /** The other live views (overview, communes, perimeters, action progress) read at an instant. */
    private record Live(Instant at, Map<String, JsonNode> views) {
    }

    private static final Map<String, String> VIEWS = Map.of("overview", "", "communes", "/communes?size=500",
            "perimeters", "/perimeters", "action-progress", "/action-progress?size=500");

    @Test
    void amendmentNoOneMergesTheGuichetActionsAndIsInForceFromItsLastSignature() {
        Api api = new Api(context, port, port);
        SampleRoute route = new SampleRoute(api, ID);
        api.command("/api/v1/conventions", Api.sampleAs(ID));
        route.firstRound();
        route.secondVoteOfSaintChamond();
        route.sign(SIGNED);
        List<Seen> seen = new ArrayList<>();
        List<Live> live = new ArrayList<>();

        openWithItsChanges(api);
        seen.add(see(api, "2025-01-20"));
        live.add(live(api));
        JsonNode draft = api.view(BASE + "/plan?on=2025-01-20");
        assertThat(draft.path("version").asInt()).isEqualTo(1);
        assertThat(draft.path("inForceFrom").asText()).isEqualTo(SIGNED);
        assertThat(draft.path("pendingAmendment").asInt()).isEqualTo(1);
        checkTheDiffListsExactlyTheChanges(api.view(BASE + "/plan/diff?from=1&to=2"));

        SampleRoute amendment = route.amendment(1);
        amendment.everyCommuneAdopts("2025-02-03", "DEL_2025_AV1_", "2025-02-10");
        amendment.metropoleAdopts("2025-02-06", "DEL_2025_AV1", "2025-02-11");
        amendment.sign(FIRST_SIGNATURES, party -> !party.equals(SAINT_CHAMOND));
        JsonNode pending = api.view(BASE + "/plan?on=2025-03-01");
        assertThat(pending.path("version").asInt()).as("one party has not signed").isEqualTo(1);
        assertThat(pending.path("plan").path("actions").findValuesAsText("actionId")).contains("par-02", "ej-09")
                .doesNotContain("par-03");
        JsonNode waiting = api.view(AMENDMENT);
        assertThat(waiting.path("amendment").path("state").asText()).isEqualTo("SUBMITTED");
        assertThat(waiting.path("parties")).hasSize(23);
        assertThat(unsigned(waiting)).containsExactly(SAINT_CHAMOND);
        seen.add(see(api, "2025-03-03"));
        live.add(live(api));
        checkTheDiffListsExactlyTheChanges(api.view(BASE + "/plan/diff?from=1&to=2"));

        amendment.sign(LAST_SIGNATURE, party -> party.equals(SAINT_CHAMOND));
        JsonNode inForce = api.view(BASE + "/plan?on=" + LAST_SIGNATURE);
        assertThat(inForce.path("version").asInt()).isEqualTo(2);
        assertThat(inForce.path("inForceFrom").asText()).isEqualTo(LAST_SIGNATURE);
        assertThat(inForce.path("amendmentNumber").asInt()).isEqualTo(1);
        assertThat(inForce.path("plan").path("actions").findValuesAsText("actionId")).contains("par-03")
                .doesNotContain("par-02", "ej-09");
        JsonNode dayBefore = api.view(BASE + "/plan?on=2025-03-02");
        assertThat(dayBefore.path("version").asInt()).isEqualTo(1);
        assertThat(api.view(BASE + "/action-progress?asOf=2025-03-02").path("totalItems").asInt())
                .as("the 27 actions of version 1").isEqualTo(27);
        assertThat(api.view(BASE + "/action-progress?asOf=" + LAST_SIGNATURE).path("totalItems").asInt())
                .as("version 2: two merged into one").isEqualTo(26);
        assertThat(api.view(AMENDMENT).path("amendment").path("state").asText()).isEqualTo("IN_FORCE");
        assertThat(unsigned(api.view(AMENDMENT))).isEmpty();
        checkTheDiffListsExactlyTheChanges(api.view(BASE + "/plan/diff?from=1&to=2"));
        seen.add(see(api, "2025-03-02"));
        seen.add(see(api, LAST_SIGNATURE));
        live.add(live(api));

        theAmendmentsDeliberationsGoTheWholeLegalWay(api);
        checkThePages();

        JsonNode auditedDayBefore = asOf(Instant.now(), "2025-03-02");
        assertThat(auditedDayBefore.path("version").asInt()).as("as of now, on the day before").isEqualTo(1);
        for (Seen plan : seen) {
            assertThat(asOf(plan.at(), plan.day())).as("as of %s on %s", plan.at(), plan.day())
                    .isEqualTo(plan.plan());
        }
        asOfEqualsTheLiveViews(live);
    }

    /** With the amendment opened, pending and in force, each as-of view equals the live one read at its instant. */
    private void asOfEqualsTheLiveViews(List<Live> live) {
        assertThat(live.get(0).views()).isNotEqualTo(live.get(2).views());
        for (Live at : live) {
            at.views().forEach((view, seen) -> {
                TestClient.Answer answer = TestClient.on(port).as(TestAccounts.AUDITOR)
                        .get("/api/v1/audit/conventions/" + ID + "/as-of/" + view + "?at=" + at.at());
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                assertThat(Api.read(answer.body())).as("%s as of %s", view, at.at()).isEqualTo(seen);
            });
        }
    }

    private static Live live(Api api) {
        Map<String, JsonNode> views = new TreeMap<>();
        VIEWS.forEach((view, path) -> views.put(view, api.view(BASE + path)));
        return new Live(Instant.now(), views);
    }

    /**
     * Under the amendment, the prefect writes about the Métropole's deliberation on it (the control runs on once the
     * amendment is in force) and Rive-de-Gier's signed deliberation on it is attached, listed with the convention's
     * documents under its own subject; its route is over, so a meeting on it is refused.
     */
    private void theAmendmentsDeliberationsGoTheWholeLegalWay(Api api) {
        api.command(AMENDMENT + "/epci/" + SampleRoute.METROPOLE + "/legality/letters", """
                {"kind":"OBSERVATIONS","receivedOn":"2025-03-20","object":"Annexe financière de l'avenant"}""");
        api.command(AMENDMENT + "/epci/" + SampleRoute.METROPOLE + "/legality/answers", """
                {"answeredOn":"2025-03-28","summary":"Annexe transmise"}""");
        TestClient.Answer late = TestClient.on(port).as(TestAccounts.COORDINATOR).post(AMENDMENT + "/communes/"
                + SampleRoute.RIVE_DE_GIER + "/quorum-not-reached", "{\"meetingDate\":\"2025-03-20\",\"present\":3}");
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(late.json().path("rule").asText()).isEqualTo("amendment-not-submitted");

        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource("%PDF-1.4\n% Délibération DEL_2025_AV1_1 sur l'avenant n° 1\n%%EOF\n"
                .getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "deliberation-avenant-1.pdf";
            }
        });
        ResponseEntity<String> attached = rest.withBasicAuth(TestAccounts.COORDINATOR, TestAccounts.PASSWORD)
                .postForEntity(AMENDMENT + "/communes/" + SampleRoute.RIVE_DE_GIER
                        + "/deliberation/documents?role=SIGNED_DELIBERATION", form, String.class);
        assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(200);
        TestClient.Answer documents = TestClient.on(port).as(TestAccounts.AUDITOR)
                .get("/api/v1/audit/conventions/" + ID + "/documents");
        assertThat(documents.status()).as(documents.body()).isEqualTo(200);
        assertThat(documents.json().findValuesAsText("subjectKey")).contains("amendment-1:" + SampleRoute.RIVE_DE_GIER);
    }

    private static void openWithItsChanges(Api api) {
        api.command(BASE + "/amendments", """
                {"number":1,"title":"Avenant n° 1","reason":"Un seul guichet d'information des parents",
                 "openedOn":"2025-01-06"}""");
        api.command(AMENDMENT + "/changes", """
                {"kind":"MERGE_ACTIONS","actionIds":["par-02","ej-09"],
                 "action":{"actionId":"par-03","title":"Identifier un guichet d'information unique des parents",
                           "description":"Fusion de par-02 et ej-09 (avenant n° 1)","themeCode":"PARENTALITES",
                           "stakeCode":"PAR-1","level":"PERIMETER","period":{"startYear":2025,"endYear":2026},
                           "scope":{"perimeterCodes":["P1","P2","P3"],"communeInseeCodes":[]}}}""");
        api.command(AMENDMENT + "/changes", """
                {"kind":"REWORD_ACTION","actionId":"pe-01","title":"%s"}""".formatted(REWORDED));
        api.command(AMENDMENT + "/submission", "{\"submittedOn\":\"2025-01-13\"}");
    }

    private static void checkTheDiffListsExactlyTheChanges(JsonNode diff) {
        assertThat(diff.path("added").findValuesAsText("actionId")).containsExactly("par-03");
        assertThat(diff.path("removed").findValuesAsText("actionId")).containsExactly("par-02", "ej-09");
        assertThat(diff.path("changed")).hasSize(1);
        JsonNode reworded = diff.path("changed").get(0);
        assertThat(reworded.path("actionId").asText()).isEqualTo("pe-01");
        assertThat(reworded.path("fields")).hasSize(1);
        assertThat(reworded.path("fields").get(0).path("field").asText()).isEqualTo("title");
        assertThat(reworded.path("fields").get(0).path("before").asText())
                .isEqualTo("Répondre aux déficits d'orientation vers les métiers de la PE");
        assertThat(reworded.path("fields").get(0).path("after").asText()).isEqualTo(REWORDED);
        assertThat(diff.path("links")).hasSize(2);
        for (JsonNode link : diff.path("links")) {
            assertThat(link.path("to").asText()).isEqualTo("par-03");
            assertThat(link.path("kind").asText()).isEqualTo("MERGED_INTO");
        }
        assertThat(diff.path("links").findValuesAsText("from")).containsExactly("par-02", "ej-09");
        assertThat(diff.path("communesAdded")).isEmpty();
        assertThat(diff.path("communesRemoved")).isEmpty();
        assertThat(diff.hasNonNull("periodBefore")).as("the period is the same").isFalse();
    }

    /** The dashboard's pages, in French: the plan says which version is in force, the amendment its route. */
    private void checkThePages() {
        String plan = page("/ui/conventions/" + ID + "/plan?on=" + LAST_SIGNATURE);
        assertThat(plan).contains("la version 2 du plan est en vigueur depuis le 03/03/2025 (avenant n° 1)")
                .contains("par-03").doesNotContain("<th scope=\"row\">par-02</th>");
        assertThat(page("/ui/conventions/" + ID + "/plan?on=2025-03-02"))
                .contains("la version 1 du plan est en vigueur depuis le 20/10/2023 (signature de la convention)")
                .contains("<th scope=\"row\">par-02</th>");
        String amendment = page("/ui/conventions/" + ID + "/amendments/1");
        assertThat(amendment).contains("Avenant n° 1 : Avenant n° 1").contains("Fusion d&#39;actions")
                .contains("Reformulation d&#39;une action").contains("Circuit par partie").contains("Saint-Chamond")
                .contains("Exécutoire").contains("Différences entre la version 1 et la version 2 du plan");
        String diff = page("/ui/conventions/" + ID + "/plan/diff?from=1&to=2");
        assertThat(diff).contains("Version 1").contains("Version 2").contains("Intitulé")
                .contains("métiers de la petite enfance").contains("par-02 fusionnée dans par-03");
    }

    private String page(String path) {
        TestClient.Answer answer = TestClient.on(port).as(TestAccounts.READER).get(path);
        assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(200);
        return answer.body();
    }

    private static List<String> unsigned(JsonNode amendment) {
        List<String> unsigned = new ArrayList<>();
        amendment.path("parties").forEach(party -> {
            if (!party.hasNonNull("signedOn")) {
                unsigned.add(party.path("partyId").asText());
            }
        });
        return unsigned;
    }

    private static Seen see(Api api, String day) {
        JsonNode plan = api.view(BASE + "/plan?on=" + day);
        return new Seen(Instant.now(), day, plan);
    }

    private JsonNode asOf(Instant at, String day) {
        TestClient.Answer answer = TestClient.on(port).as(TestAccounts.AUDITOR)
                .get("/api/v1/audit/conventions/" + ID + "/as-of/plan?at=" + at + "&on=" + day);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return Api.read(answer.body());
    }
}
