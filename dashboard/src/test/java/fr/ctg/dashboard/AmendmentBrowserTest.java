package fr.ctg.dashboard;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.command.reference.ReferenceCommunes;
import fr.ctg.convention.Commune;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The amendment pages in a real headless Chromium: on the signed sample, the coordinator opens amendment no. 1 from
 * the plan page, rewords an action and submits it on the amendment's page, and walks Rive-de-Gier's route on it with
 * the council forms; the plan page says version 1 is in force, the diff sets the two titles side by side, and axe-core
 * finds no accessibility violation on the three pages.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AmendmentBrowserTest {

    private static final String ID = "ctg-browser-amendment";
    private static final String BASE = "/api/v1/conventions/" + ID;
    private static final String UI = "/ui/conventions/" + ID;
    private static final String METROPOLE = "244200770";
    private static final String RIVE_DE_GIER = "42186";
    private static final String REWORDED = "Répondre aux besoins d'orientation vers les métiers de la petite enfance";
    private static final ReferenceCommunes REFERENCE = ReferenceCommunes.load();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Api api;
    Browser browser;

    @BeforeEach
    void signedSample() {
        api = new Api(context, port);
        browser = new Browser(api.base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCoordinatorOpensAndSubmitsAnAmendmentAndWalksACouncilsRouteOnIt() {
        signEveryParty();
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);

        browser.open(UI + "/plan");
        assertThat(browser.find("#in-force").getText()).contains("la version 1 du plan est en vigueur depuis le "
                + "20/10/2023 (signature de la convention)");
        assertNoAccessibilityViolation("plan");
        browser.find("#o-reason").sendKeys("Les métiers de la petite enfance plutôt que « la PE »");
        browser.setValue("o-date", "2025-01-06");
        browser.recordThrough("form-open-amendment");
        browser.waitUntil(d -> !d.findElements(By.linkText("n° 1")).isEmpty());

        browser.open(UI + "/amendments/1");
        assertThat(browser.find("h1").getText()).isEqualTo("Avenant n° 1 : Avenant n° 1");
        assertThat(browser.find("#amendment-state").getText()).isEqualTo("En préparation");
        browser.script("document.getElementById('rw-action').value = 'pe-01';");
        browser.find("#rw-title").sendKeys(REWORDED);
        browser.recordThrough("form-reword");
        browser.waitUntil(d -> browser.find("#contenu").getText().contains("Reformulation d'une action"));
        browser.setValue("sb-date", "2025-01-13");
        browser.recordThrough("form-submit-amendment");
        browser.waitUntil(d -> browser.find("#amendment-state").getText().equals("Soumis aux parties"));

        // The route table is swapped in place as the views move on: the link is read, then followed.
        String councilForms = browser.waitUntil(d -> browser.find("tr[data-party='" + RIVE_DE_GIER
                + "'] a.council-link").getAttribute("href"));
        browser.driver.get(councilForms);
        browser.waitUntil(d -> browser.find("#t-council").getText().equals("Circuit de Rive-de-Gier sur l'avenant"));
        browser.setValue("p-date", "2025-02-03");
        browser.recordThrough("form-presentation");
        browser.setValue("v-date", "2025-02-03");
        for (String[] field : new String[][]{{"v-present", "30"}, {"v-for", "27"}, {"v-against", "2"},
                {"v-abst", "1"}, {"v-number", "DEL_2025_AV1"}}) {
            browser.find("#" + field[0]).sendKeys(field[1]);
        }
        browser.recordThrough("form-vote");
        browser.waitUntil(d -> browser.find("tr[data-party='" + RIVE_DE_GIER + "'] td:nth-of-type(2)").getText()
                .equals("Adoptée"));
        JsonNode amendment = api.view(BASE + "/amendments/1");
        assertThat(amendment.path("parties").findParents("partyId").stream()
                .filter(p -> p.path("partyId").asText().equals(RIVE_DE_GIER)).findFirst().orElseThrow()
                .path("stage").asText()).isEqualTo("ADOPTED");
        assertNoAccessibilityViolation("amendment with Rive-de-Gier's forms");
        browser.screenshot("30-avenant");

        browser.open(UI + "/plan?on=2025-02-10");
        assertThat(browser.find("#in-force").getText()).contains("la version 1 du plan est en vigueur");
        browser.open(UI + "/plan/diff?from=1&to=2");
        assertThat(browser.find("#contenu").getText()).contains("Version 1", "Version 2", REWORDED,
                "Répondre aux déficits d'orientation vers les métiers de la PE");
        assertNoAccessibilityViolation("diff");
        browser.screenshot("31-avenant-diff");

        // At 400 px these pages fit the screen, as every other page does (DashboardLayoutBrowserTest).
        browser.resize(400, 900);
        for (String page : List.of(UI + "/amendments/1", UI + "/plan/diff?from=1&to=2", UI + "/plan")) {
            browser.open(page);
            assertThat(browser.pageWidth()).as("%s at 400 px", page).isLessThanOrEqualTo(400);
        }
    }

    private void assertNoAccessibilityViolation(String page) {
        Results results = new AxeBuilder().analyze(browser.driver);
        assertThat(results.getPasses()).as("axe-core ran its rules on the %s page", page).isNotEmpty();
        List<String> violations = results.getViolations().stream()
                .map(rule -> rule.getId() + ": " + rule.getHelp() + " " + nodes(rule)).toList();
        assertThat(violations).as("axe-core on the %s page", page).isEmpty();
    }

    private static String nodes(Rule rule) {
        return rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList().toString();
    }

    /** Every council adopts on 11 September 2023 (the Métropole on the 28th), the CAF's board decides, all sign. */
    private void signEveryParty() {
        api.defineSample(ID);
        List<String> signatories = new ArrayList<>();
        int number = 1;
        for (JsonNode row : api.view(BASE + "/communes?size=500").path("items")) {
            Commune commune = REFERENCE.find(row.path("inseeCode").asText()).orElseThrow();
            adopt(BASE + "/communes/" + commune.inseeCode(), commune.siren(), "2023-09-11", "DEL_2023_" + number++, 7);
            signatories.add("{\"partyId\":\"" + commune.inseeCode() + "\",\"name\":\"Maire\",\"role\":\"Maire\"}");
        }
        adopt(BASE + "/epci/" + METROPOLE, METROPOLE, "2023-09-28", "DEL_2023_120", 124);
        api.command(BASE + "/caf/board-decision", "{\"decidedOn\":\"2023-06-27\",\"reference\":\"CA 2023-06\"}");
        signatories.add("{\"partyId\":\"" + METROPOLE + "\",\"name\":\"Président\",\"role\":\"Président\"}");
        signatories.add("{\"partyId\":\"caf\",\"name\":\"Présidente\",\"role\":\"Présidente\"}");
        api.command(BASE + "/signature", "{\"signedOn\":\"2023-10-20\",\"signatories\":["
                + String.join(",", signatories) + "]}");
    }

    /** Every member of a council of {@code inOffice} present, one abstaining; transmitted and published the next day. */
    private void adopt(String council, String siren, String on, String deliberation, int inOffice) {
        String after = java.time.LocalDate.parse(on).plusDays(1).toString();
        String actesId = "042-" + siren + "-" + on.replace("-", "") + "-" + deliberation + "-DE";
        api.command(council + "/presentation", "{\"sessionDate\":\"" + on + "\"}");
        api.command(council + "/votes", """
                {"sessionDate":"%s","membersInOffice":%d,"present":%d,"votesFor":%d,"votesAgainst":0,"abstentions":1,
                 "notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"%s","actesId":"%s"}"""
                .formatted(on, inOffice, inOffice, inOffice - 1, deliberation, actesId));
        api.command(council + "/transmission", "{\"sentOn\":\"" + after + "\",\"receivedOn\":\"" + after
                + "\",\"actesId\":\"" + actesId + "\"}");
        api.command(council + "/publication", "{\"publishedOn\":\"" + after
                + "\",\"url\":\"https://www.example.fr/deliberations/" + deliberation + ".pdf\"}");
    }
}
