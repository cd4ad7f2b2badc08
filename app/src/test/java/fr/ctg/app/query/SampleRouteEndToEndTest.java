package fr.ctg.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.app.CtgApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;

import static fr.ctg.app.query.SampleRoute.PAVEZIN;
import static fr.ctg.app.query.SampleRoute.RIVE_DE_GIER;
import static fr.ctg.app.query.SampleRoute.SAINT_CHAMOND;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample convention (22 communes in P1-P3, 27 actions) through the whole route in the all-in-one service on
 * embedded PostgreSQL: one rejection then a new vote (Saint-Chamond), one withdrawal (Pavezin), the signature,
 * then action updates; every figure of every view is checked.
 */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleRouteEndToEndTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private static final String ID = "ctg-gier-e2e";
    private static final String BASE = "/api/v1/conventions/" + ID;

    @LocalServerPort
    int port;

    @Test
    void theSampleWalksTheWholeRouteAndTheViewsShowExactFigures() {
        Api api = new Api(context, port, port);
        SampleRoute route = new SampleRoute(api, ID);
        api.command("/api/v1/conventions", Api.sampleAs(ID));
        assertThat(api.view(BASE).path("stage").asText()).isEqualTo("DEFINING");
        assertThat(api.view(BASE).path("route").path("stages").path("NOT_PRESENTED").asInt()).isEqualTo(22);

        route.firstRound();
        checkWhileSaintChamondBlocks(api);

        route.secondVoteOfSaintChamond();
        JsonNode ready = api.view(BASE);
        assertThat(ready.path("stage").asText()).isEqualTo("READY_TO_SIGN");
        assertThat(ready.path("milestones").path("readyToSignOn").asText()).isEqualTo("2023-10-06");

        route.sign("2023-10-20");
        checkSigned(api);

        updateActions(route);
        checkActionProgress(api);
    }

    private static void checkWhileSaintChamondBlocks(Api api) {
        JsonNode overview = api.view(BASE);
        assertThat(overview.path("stage").asText()).isEqualTo("ROUTE_IN_PROGRESS");
        JsonNode totals = overview.path("route");
        assertThat(totals.path("communes").asInt()).isEqualTo(22);
        assertThat(totals.path("stages").path("EXECUTORY").asInt()).isEqualTo(20);
        assertThat(totals.path("stages").path("REJECTED").asInt()).isEqualTo(1);
        assertThat(totals.path("stages").path("WITHDRAWN").asInt()).isEqualTo(1);
        assertThat(totals.path("remainingCommunes").asInt()).isEqualTo(21);
        assertThat(totals.path("communeShareExecutory").decimalValue()).isEqualByComparingTo("0.9524");
        assertThat(totals.path("population").asLong()).isEqualTo(91_940);
        assertThat(totals.path("executoryPopulation").asLong()).isEqualTo(56_294);
        assertThat(totals.path("populationShareExecutory").decimalValue()).isEqualByComparingTo("0.6123");
        assertThat(totals.path("blockingCommunes").asInt()).isEqualTo(1);
        JsonNode milestones = overview.path("milestones");
        assertThat(milestones.path("firstPresentationOn").asText()).isEqualTo("2023-09-04");
        assertThat(milestones.path("firstVoteOn").asText()).isEqualTo("2023-09-04");
        assertThat(milestones.path("firstAdoptionOn").asText()).isEqualTo("2023-09-06");
        assertThat(milestones.path("firstExecutoryOn").asText()).isEqualTo("2023-09-14");

        JsonNode p1 = api.view(BASE + "/perimeters/P1").path("totals");
        assertThat(p1.path("communes").asInt()).isEqualTo(3);
        assertThat(p1.path("executoryCommunes").asInt()).isEqualTo(2);
        assertThat(p1.path("communeShareExecutory").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(p1.path("population").asLong()).isEqualTo(41_592);
        assertThat(p1.path("executoryPopulation").asLong()).isEqualTo(5_946);
        assertThat(p1.path("populationShareExecutory").decimalValue()).isEqualByComparingTo("0.1430");
        JsonNode blockers = api.view(BASE + "/perimeters").path("perimeters");
        assertThat(blockers).hasSize(3);
        assertThat(blockers.get(0).path("blockers")).hasSize(1);
        JsonNode saintChamond = blockers.get(0).path("blockers").get(0);
        assertThat(saintChamond.path("inseeCode").asText()).isEqualTo(SAINT_CHAMOND);
        assertThat(saintChamond.path("stage").asText()).isEqualTo("REJECTED");
        assertThat(texts(saintChamond.path("missing")))
                .containsExactly("PRESENTATION", "ADOPTED_VOTE", "PREFECTURE_TRANSMISSION", "PUBLICATION");
        assertThat(blockers.get(1).path("totals").path("populationShareExecutory").decimalValue())
                .isEqualByComparingTo("1");
        JsonNode p3 = blockers.get(2).path("totals");
        assertThat(p3.path("remainingCommunes").asInt()).isEqualTo(9);
        assertThat(p3.path("population").asLong()).isEqualTo(29_733);
        assertThat(p3.path("communeShareExecutory").decimalValue()).isEqualByComparingTo("1");

        JsonNode rejected = api.view(BASE + "/communes?stage=REJECTED");
        assertThat(rejected.path("totalItems").asInt()).isEqualTo(1);
        assertThat(rejected.path("items").get(0).path("votesAgainst").asInt()).isEqualTo(30);
        JsonNode p3Page = api.view(BASE + "/communes?perimeter=P3&page=1&size=4");
        assertThat(p3Page.path("totalItems").asInt()).isEqualTo(10);
        assertThat(p3Page.path("items")).hasSize(4);
    }

    private static void checkSigned(Api api) {
        JsonNode overview = api.view(BASE);
        assertThat(overview.path("stage").asText()).isEqualTo("SIGNED");
        assertThat(overview.path("milestones").path("signedOn").asText()).isEqualTo("2023-10-20");
        assertThat(overview.path("signatories")).hasSize(23);
        JsonNode parties = overview.path("parties");
        assertThat(parties).hasSize(24);
        assertThat(parties.get(0).path("boardDecidedOn").asText()).isEqualTo("2023-06-27");
        assertThat(parties.get(1).path("partyId").asText()).isEqualTo(SampleRoute.METROPOLE);
        assertThat(parties.get(1).path("signatoryRole").asText()).isEqualTo("Président");
        assertThat(parties.findValuesAsText("signedOn")).as("all but Pavezin, withdrawn").hasSize(23)
                .containsOnly("2023-10-20");
        assertThat(overview.path("signatureBlockers")).isEmpty();
        assertThat(overview.path("signatureOnEndedDeliberation").asBoolean()).isFalse();
        JsonNode metropole = api.view(BASE + "/epci");
        assertThat(metropole.path("kind").asText()).isEqualTo("EPCI");
        assertThat(metropole.path("stage").asText()).isEqualTo("EXECUTORY");
        assertThat(metropole.path("membersInOffice").asInt()).isEqualTo(124);
        assertThat(metropole.path("publicationMode").asText()).isEqualTo("ELECTRONIC");
        assertThat(metropole.path("controlWindowEndsOn").asText()).isEqualTo("2023-11-29");
        JsonNode totals = overview.path("route");
        assertThat(totals.path("executoryCommunes").asInt()).isEqualTo(21);
        assertThat(totals.path("population").asLong()).isEqualTo(91_940);
        assertThat(totals.path("populationShareExecutory").decimalValue()).isEqualByComparingTo("1");
        assertThat(totals.path("blockingCommunes").asInt()).isZero();

        JsonNode saintChamond = api.view(BASE + "/communes?perimeter=P1").path("items").get(2);
        assertThat(saintChamond.path("inseeCode").asText()).isEqualTo(SAINT_CHAMOND);
        assertThat(saintChamond.path("stage").asText()).isEqualTo("EXECUTORY");
        assertThat(saintChamond.path("votesHeld").asInt()).isEqualTo(2);
        assertThat(saintChamond.path("presentedOn").asText()).isEqualTo("2023-10-02");
        assertThat(saintChamond.path("votesFor").asInt()).isEqualTo(29);
        assertThat(saintChamond.path("executoryOn").asText()).isEqualTo("2023-10-06");
        JsonNode withdrawn = api.view(BASE + "/communes?stage=WITHDRAWN").path("items").get(0);
        assertThat(withdrawn.path("inseeCode").asText()).isEqualTo(PAVEZIN);
        assertThat(withdrawn.path("withdrawnOn").asText()).isEqualTo("2023-09-20");
        JsonNode rive = api.view(BASE + "/communes?perimeter=P3&size=50").path("items").get(4);
        assertThat(rive.path("inseeCode").asText()).isEqualTo(RIVE_DE_GIER);
        assertThat(rive.path("actesId").asText()).isEqualTo("042-214201865-20230906-DEL_2023_064-DE");
        assertThat(rive.path("transmissionReceivedOn").asText()).isEqualTo("2023-09-13");
        assertThat(rive.path("publishedOn").asText()).isEqualTo("2023-09-14");
        assertThat(api.view(BASE + "/communes?stage=EXECUTORY").path("totalItems").asInt()).isEqualTo(21);
    }

    private static void updateActions(SampleRoute route) {
        route.status("pe-01", "IN_PROGRESS", "2023-11-01", null);
        route.status("pe-01", "DONE", "2024-06-30", null);
        route.status("pe-02", "DONE", "2024-03-01", null);
        route.status("ej-01", "IN_PROGRESS", "2024-01-15", null);
        route.status("avs-02", "POSTPONED", "2024-05-01", "Faute de financement");
        route.status("ej-09", "ABANDONED", "2024-02-01", "Regroupée avec ej-10");
        route.status("pe-05", "IN_PROGRESS", "2025-03-01", null);
        route.status("ej-08", "DONE", "2025-09-01", null);
    }

    private static void checkActionProgress(Api api) {
        JsonNode all = api.view(BASE + "/action-progress?asOf=2025-06-30&size=10");
        JsonNode totals = all.path("totals");
        assertThat(totals.path("actions").asInt()).isEqualTo(27);
        assertThat(totals.path("byStatus").path("DONE").asInt()).isEqualTo(3);
        assertThat(totals.path("byStatus").path("IN_PROGRESS").asInt()).isEqualTo(2);
        assertThat(totals.path("byStatus").path("POSTPONED").asInt()).isEqualTo(1);
        assertThat(totals.path("byStatus").path("ABANDONED").asInt()).isEqualTo(1);
        assertThat(totals.path("byStatus").path("PLANNED").asInt()).isEqualTo(20);
        assertThat(totals.path("shareDone").decimalValue()).isEqualByComparingTo("0.1111");
        // The 17 actions of 2023-2024 have ended: 2 done and 1 abandoned are not overdue.
        assertThat(totals.path("overdue").asInt()).isEqualTo(14);
        assertThat(all.path("items")).hasSize(10);
        assertThat(all.path("totalItems").asInt()).isEqualTo(27);
        assertThat(keys(all.path("byPeriod"))).containsExactly("2023-2024=17", "2025-2026=9", "2027=1");
        assertThat(keys(all.path("byLevel"))).containsExactly("INTERCOMMUNAL=21", "PERIMETER=3", "COMMUNAL=3");
        assertThat(keys(all.path("byTheme")))
                .containsExactly("PETITE_ENFANCE=8", "PARENTALITES=2", "ENFANCE_JEUNESSE=11", "VIE_SOCIALE=6");
        // ej-08 covers P2, P3 and L'Horme, a P1 commune; the communal actions cover P3 only.
        assertThat(keys(all.path("byPerimeter"))).containsExactly("P1=24", "P2=24", "P3=27");

        JsonNode p1 = api.view(BASE + "/action-progress?asOf=2025-06-30&perimeter=P1").path("totals");
        assertThat(p1.path("overdue").asInt()).isEqualTo(12);
        JsonNode period = api.view(BASE + "/action-progress?asOf=2025-06-30&period=2025-2026").path("totals");
        assertThat(period.path("actions").asInt()).isEqualTo(9);
        assertThat(period.path("shareDone").decimalValue()).isEqualByComparingTo("0.1111");
        assertThat(period.path("overdue").asInt()).isZero();
        JsonNode overdue = api.view(BASE + "/action-progress?asOf=2025-06-30&overdue=true&status=POSTPONED");
        assertThat(overdue.path("items").get(0).path("actionId").asText()).isEqualTo("avs-02");
        assertThat(overdue.path("items").get(0).path("reason").asText()).isEqualTo("Faute de financement");
        JsonNode communal = api.view(BASE + "/action-progress?asOf=2025-06-30&level=COMMUNAL&theme=ENFANCE_JEUNESSE");
        assertThat(communal.path("totals").path("byStatus").path("ABANDONED").asInt()).isEqualTo(1);
        assertThat(api.view(BASE + "/action-progress?asOf=2028-01-01").path("totals").path("overdue").asInt())
                .isEqualTo(23);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> keys(JsonNode breakdowns) {
        List<String> keys = new ArrayList<>();
        breakdowns.forEach(b -> keys.add(b.path("key").asText() + "=" + b.path("counts").path("actions").asInt()));
        return keys;
    }
}
