package fr.ctg.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.dashboard.web.Labels;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.route.CouncilSize;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard in a real headless Chromium: each page's figures equal the query API's, a coordinator records a
 * presentation and a vote through the forms (a premature vote is refused in French), and an open perimeter page
 * shows the vote in its chart and table without being reloaded. Screenshots go to target/screenshots.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

    private static final String ID = "ctg-browser";
    private static final String UI = "/ui/conventions/" + ID;
    private static final String[] STAGES = {"NOT_PRESENTED", "PRESENTED", "ADOPTED", "REJECTED", "EXECUTORY", "WITHDRAWN"};

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Api api;
    Browser browser;

    @BeforeEach
    void sampleWithRiveDeGierExecutory() {
        api = new Api(context, port);
        api.sampleWithRiveDeGierExecutory(ID);
        browser = new Browser(api.base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyPageShowsTheFiguresOfTheQueryApi() {
        browser.open("/login");
        browser.screenshot("01-connexion");
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        assertThat(browser.driver.getPageSource()).contains("Convention Territoriale Globale du Pays du Gier");
        browser.screenshot("02-conventions");

        JsonNode overview = api.view("/api/v1/conventions/" + ID);
        browser.open(UI);
        assertThat(figure("stage").getAttribute("data-value")).isEqualTo(overview.path("stage").asText());
        for (String total : List.of("communes", "remainingCommunes", "executoryCommunes", "blockingCommunes")) {
            assertThat(figure(total).getText()).as(total).isEqualTo(overview.path("route").path(total).asText());
        }
        assertThat(digits(figure("executoryPopulation").getText()))
                .isEqualTo(overview.path("route").path("executoryPopulation").asLong());
        assertThat(browser.find("ol.timeline").getText()).contains("06/09/2023");
        for (String stage : STAGES) {
            assertThat(browser.find("td[data-stage=" + stage + "]").getText()).as(stage)
                    .isEqualTo(Integer.toString(overview.path("route").path("stages").path(stage).asInt(0)));
        }
        browser.screenshot("03-vue-ensemble");

        JsonNode perimeters = api.view("/api/v1/conventions/" + ID + "/perimeters").path("perimeters");
        browser.open(UI + "/perimeters");
        for (JsonNode perimeter : perimeters) {
            assertPerimeterRow(perimeter);
        }
        assertThat(browser.driver.findElements(By.cssSelector("[data-blockers=P3] li")))
                .hasSize(perimeters.get(2).path("blockers").size());
        assertThat(chartValue("P3", "EXECUTORY")).isEqualTo(1);
        browser.screenshot("04-perimetres");

        JsonNode communes = api.view("/api/v1/conventions/" + ID + "/communes?size=500").path("items");
        browser.open(UI + "/communes");
        assertThat(browser.driver.findElements(By.cssSelector("#commune-table tbody tr"))).hasSize(communes.size());
        for (JsonNode commune : communes) {
            WebElement row = browser.find("#commune-table tr[data-insee='" + commune.path("inseeCode").asText() + "']");
            assertThat(row.findElement(By.cssSelector("[data-figure=stage]")).getAttribute("data-value"))
                    .isEqualTo(commune.path("stage").asText());
            assertThat(row.findElement(By.cssSelector("[data-figure=actesId]")).getText())
                    .isEqualTo(commune.path("actesId").isMissingNode() || commune.path("actesId").isNull()
                            ? "—" : commune.path("actesId").asText());
        }
        browser.screenshot("05-communes");
        new Select(browser.find("#f-stage")).selectByValue("EXECUTORY");
        browser.find("form.filters button[type=submit]").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("stage=EXECUTORY"));
        assertThat(browser.driver.findElements(By.cssSelector("#commune-table tbody tr")))
                .extracting(r -> r.getAttribute("data-insee")).containsExactly("42186");
        browser.open(UI + "/communes?sort=population&dir=desc");
        assertThat(browser.find("#commune-table tbody tr").getAttribute("data-insee")).isEqualTo("42207");
        assertThat(browser.find("#commune-table th[aria-sort=descending]").getText()).isEqualTo("Population");

        JsonNode progress = api.view("/api/v1/conventions/" + ID + "/action-progress?size=500");
        browser.open(UI + "/actions");
        assertThat(figure("actions").getText()).isEqualTo(progress.path("totals").path("actions").asText());
        assertThat(figure("overdue").getText()).isEqualTo(progress.path("totals").path("overdue").asText());
        for (String status : List.of("PLANNED", "IN_PROGRESS", "DONE", "POSTPONED", "ABANDONED")) {
            assertThat(browser.find("#status-table td[data-status=" + status + "]").getText()).as(status)
                    .isEqualTo(Integer.toString(progress.path("totals").path("byStatus").path(status).asInt(0)));
        }
        assertThat(browser.driver.findElements(By.cssSelector("#action-table tbody tr"))).hasSize(progress.path("items").size());
        assertThat(browser.driver.findElements(By.cssSelector("#action-table tr.overdue .overdue-flag")))
                .hasSize(progress.path("totals").path("overdue").asInt());
        assertThat(browser.find("#action-table tr[data-action=pe-01] [data-figure=status]").getText()).isEqualTo("En cours");
        browser.screenshot("06-plan-action");

        browser.signIn(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        browser.open(UI + "/history?commune=42186");
        assertThat(browser.driver.findElements(By.cssSelector("#history-table tbody tr")))
                .extracting(r -> r.getAttribute("data-type"))
                .containsExactly("PresentedToMunicipalCouncil", "CouncilVoteRecorded", "PrefectureTransmissionRecorded",
                        "DeliberationPublished", "DeliberationBecameExecutory");
        assertThat(browser.find("#history-table").getText()).contains(TestAccounts.COORDINATOR);
        browser.screenshot("07-historique-commune");
    }

    @Test
    void aVoteRecordedThroughTheFormShowsOnTheOpenPerimeterPageWithoutReload() {
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open(UI + "/perimeters");
        int adoptedBefore = cell("P1", "ADOPTED");
        browser.script("window.notReloaded = true;");
        String perimeterTab = browser.driver.getWindowHandle();

        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open(UI + "/communes/42110");
        browser.disclose("other-forms");
        fillVote(24, 20, 3, 1);
        browser.find("#form-vote button[type=submit]").click();
        WebElement refusal = refusalIn("form-vote");
        assertThat(refusal.getText()).isEqualTo("Le vote ne peut être enregistré avant la présentation en conseil municipal.");
        assertThat(refusal.getAttribute("role")).isEqualTo("alert");
        browser.screenshot("08-commune-refus");

        browser.setValue("p-date", "2023-09-20");
        recordThrough("form-presentation");
        // The forms are laid out again for the next step, the vote: it is filled anew.
        fillVote(24, 20, 3, 1);
        recordThrough("form-vote");
        browser.waitUntil(d -> "ADOPTED".equals(browser.find("[data-figure=stage]").getAttribute("data-value")));
        browser.screenshot("09-commune-vote");

        browser.driver.switchTo().window(perimeterTab);
        browser.waitUntil(d -> cell("P1", "ADOPTED") == adoptedBefore + 1);
        browser.waitUntil(d -> chartValue("P1", "ADOPTED") == adoptedBefore + 1);
        assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
        assertThat(browser.find("#live-status").getText()).startsWith("Données mises à jour");
        JsonNode p1 = api.view("/api/v1/conventions/" + ID + "/perimeters/P1");
        assertThat(cell("P1", "ADOPTED")).isEqualTo(p1.path("totals").path("stages").path("ADOPTED").asInt());
        browser.screenshot("10-perimetres-apres-vote");
    }

    @Test
    void aDashboardReaderSeesThePagesButNoForm() {
        browser.signIn(TestAccounts.READER, TestAccounts.PASSWORD);
        browser.open(UI + "/communes/42186");
        assertThat(browser.find("h1").getText()).isEqualTo("Rive-de-Gier (42186)");
        assertThat(browser.driver.findElements(By.cssSelector("form[data-command]"))).isEmpty();
        browser.open(UI + "/epci");
        assertThat(browser.find("h1").getText()).startsWith("Saint-Étienne Métropole");
        assertThat(browser.driver.findElements(By.cssSelector("form[data-command]"))).isEmpty();
        browser.open(UI + "/actions");
        assertThat(browser.driver.findElements(By.cssSelector("form[data-command]"))).isEmpty();
        assertThat(browser.driver.findElements(By.linkText("Historique"))).isEmpty();
        browser.open(UI + "/history");
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
    }

    @Test
    void aVoteWithoutQuorumIsRefusedInFrenchAndTheSameVoteWithAQuorumIsRecorded() {
        String insee = "42032";
        int members = CouncilSize.ofMunicipalCouncil(commune(insee).path("population").asInt());
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open(UI + "/communes/" + insee);
        browser.setValue("p-date", "2023-09-20");
        recordThrough("form-presentation");

        // Cellieu: 1,731 inhabitants, 19 members in office; half of them present is no quorum.
        fillVote(members / 2, 7, 1, 1);
        browser.find("#form-vote button[type=submit]").click();
        WebElement refusal = refusalIn("form-vote");
        assertThat(refusal.getText()).isEqualTo(new Labels().rule("form-has-errors"));
        assertThat(refusal.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.find("#v-present").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#v-present-error").getText()).as("told at the field of the members present")
                .isEqualTo(new Labels().rule("quorum-not-reached")).startsWith("Le quorum n'est pas atteint");
        browser.screenshot("11-commune-sans-quorum");

        browser.find("#v-present").clear();
        browser.find("#v-present").sendKeys(Integer.toString(members / 2 + 1));
        recordThrough("form-vote");
        browser.waitUntil(d -> "ADOPTED".equals(browser.find("[data-figure=stage]").getAttribute("data-value")));
        JsonNode after = commune(insee);
        assertThat(after.path("stage").asText()).isEqualTo("ADOPTED");
        assertThat(after.path("votesHeld").asInt()).as("the refused vote wrote nothing").isEqualTo(1);
        assertThat(after.path("votesFor").asInt()).isEqualTo(7);
        assertThat(after.path("membersInOffice").asInt()).isEqualTo(members);
        assertThat(after.path("present").asInt()).isEqualTo(members / 2 + 1);
        assertThat(browser.find("#live-region").getText()).contains(members + " / " + (members / 2 + 1) + " / 0");
        assertThat(after.path("deliberationNumber").asText()).isEqualTo("DEL_2023_101");
    }

    @Test
    void aSecondMeetingThreeDaysAfterOneWithoutQuorumVotesWithoutIt() {
        // La Valla-en-Gier: 1,140 inhabitants, 15 members in office; 5 present is no quorum.
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open(UI + "/communes/42322");
        browser.setValue("p-date", "2023-09-20");
        recordThrough("form-presentation");
        browser.find("#quorum-form summary").click();
        browser.setValue("q-date", "2023-09-20");
        browser.find("#q-present").sendKeys("5");
        recordThrough("form-quorum");

        fillVote(5, 4, 0, 1);
        browser.setValue("v-date", "2023-09-23");
        recordThrough("form-vote");
        browser.waitUntil(d -> "ADOPTED".equals(browser.find("[data-figure=stage]").getAttribute("data-value")));
    }

    @Test
    void theElectronicPublicationAsksForItsAddressAndAPaperOneDoesNot() {
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open(UI + "/communes/42322");
        browser.disclose("other-forms");
        assertThat(browser.find("#pub-url").isDisplayed()).isTrue();
        new Select(browser.find("#pub-mode")).selectByValue("PAPER");
        assertThat(browser.find("#pub-url").isDisplayed()).isFalse();
        assertThat(browser.find("#pub-url").isEnabled()).isFalse();
        new Select(browser.find("#pub-mode")).selectByValue("ELECTRONIC");
        assertThat(browser.find("#pub-url").isDisplayed()).isTrue();
        browser.find("#legality-forms summary").click();
        assertThat(browser.find("#form-letter").isDisplayed()).isTrue();
    }

    @Test
    void theCafSignsThroughTheOverviewOnceItsBoardHasDecided() {
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open(UI);
        assertThat(new Select(browser.find("#s-party")).getOptions()).extracting(o -> o.getAttribute("value"))
                .startsWith("caf", "244200770").contains("42186", "42207");
        signAsCaf();
        WebElement refusal = refusalIn("form-signature");
        assertThat(refusal.getText()).startsWith(new Labels().rule("party-cannot-sign-yet")).contains("Parties : ");

        browser.setValue("b-date", "2023-10-01");
        browser.find("#b-ref").sendKeys("CA 2023-10");
        recordThrough("form-board-decision");
        signAsCaf();
        browser.waitUntil(d -> browser.find("#form-signature .form-result").getText().equals("Enregistré."));
        browser.waitUntil(d -> browser.find("#live-region").getText().contains("A. Martin, Directrice"));
        browser.open(UI);
        assertThat(new Select(browser.find("#s-party")).getOptions()).extracting(o -> o.getAttribute("value"))
                .doesNotContain("caf").startsWith("244200770");
        browser.screenshot("12-signature-caf");
    }

    @Test
    void theMetropolesCouncilIsPresentedThroughTheFormsOfItsOwnPage() {
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open(UI);
        browser.driver.findElement(By.linkText("Intercommunalité")).click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith(UI + "/epci"));
        assertThat(browser.find("h1").getText()).isEqualTo("Saint-Étienne Métropole (SIREN 244200770)");
        assertThat(browser.find("#form-presentation").getAttribute("data-command"))
                .endsWith("/api/v1/conventions/" + ID + "/epci/244200770/presentation");
        assertThat(browser.find("#v-office").getAttribute("required")).as("an EPCI's council has no legal size").isNotNull();
        browser.setValue("p-date", "2023-09-25");
        recordThrough("form-presentation");
        browser.waitUntil(d -> "PRESENTED".equals(browser.find("[data-figure=stage]").getAttribute("data-value")));
        browser.screenshot("13-epci");
    }

    private void signAsCaf() {
        new Select(browser.find("#s-party")).selectByValue("caf");
        browser.setValue("s-date", "2023-10-02");
        browser.find("#s-name").clear();
        browser.find("#s-name").sendKeys("A. Martin");
        browser.find("#s-role").clear();
        browser.find("#s-role").sendKeys("Directrice");
        browser.find("#form-signature button[type=submit]").click();
    }

    private void recordThrough(String formId) {
        browser.recordThrough(formId);
    }

    private WebElement refusalIn(String formId) {
        return browser.refusalIn(formId);
    }

    private JsonNode commune(String insee) {
        return api.commune(ID, insee);
    }

    private void fillVote(int present, int votesFor, int votesAgainst, int abstentions) {
        browser.setValue("v-date", "2023-09-20");
        browser.find("#v-present").clear();
        browser.find("#v-present").sendKeys(Integer.toString(present));
        browser.find("#v-for").sendKeys(Integer.toString(votesFor));
        browser.find("#v-against").sendKeys(Integer.toString(votesAgainst));
        browser.find("#v-abst").sendKeys(Integer.toString(abstentions));
        browser.find("#v-number").sendKeys("DEL_2023_101");
    }

    private void assertPerimeterRow(JsonNode perimeter) {
        String code = perimeter.path("perimeterCode").asText();
        for (String stage : STAGES) {
            assertThat(cell(code, stage)).as(code + " " + stage)
                    .isEqualTo(perimeter.path("totals").path("stages").path(stage).asInt(0));
        }
        WebElement row = browser.find("#perimeter-table tr[data-perimeter=" + code + "]");
        assertThat(row.findElement(By.cssSelector("[data-figure=blockingCommunes]")).getText())
                .isEqualTo(perimeter.path("totals").path("blockingCommunes").asText());
        assertThat(digits(row.findElement(By.cssSelector("[data-figure=executoryPopulation]")).getText().split("/")[0]))
                .isEqualTo(perimeter.path("totals").path("executoryPopulation").asLong());
    }

    private int cell(String perimeter, String stage) {
        return Integer.parseInt(browser.find("#perimeter-table tr[data-perimeter=" + perimeter + "] td[data-stage="
                + stage + "]").getText());
    }

    /** The value the drawn chart holds for a perimeter and a stage (Chart.js's own data, not the table's). */
    private long chartValue(String perimeter, String stage) {
        Object value = browser.script("""
                const chart = Chart.getChart('chart-perimeters');
                const rows = [...document.querySelectorAll('#perimeter-table tbody tr')].map(r => r.dataset.perimeter);
                const series = [...document.querySelectorAll('#perimeter-table thead th[data-series]')].map(h => h.dataset.color);
                return chart.data.datasets[series.indexOf(arguments[1])].data[rows.indexOf(arguments[0])];""",
                perimeter, stage);
        return ((Number) value).longValue();
    }

    private WebElement figure(String name) {
        return browser.find("[data-figure=" + name + "]");
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
