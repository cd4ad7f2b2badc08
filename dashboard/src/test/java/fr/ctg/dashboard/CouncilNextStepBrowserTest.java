package fr.ctg.dashboard;

import fr.ctg.dashboard.web.Labels;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.route.CouncilSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council's page as a coordinator uses it, in a real headless Chromium: the route as steps, the next step's form
 * alone open and pre-filled with what is known, the others behind « corriger / saisir autre chose »; a refusal marked
 * at the field at fault, in French, and gone at the next action; dates typed jj/mm/aaaa and sent as ISO.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CouncilNextStepBrowserTest {

    private static final String ID = "ctg-browser-next-step";
    private static final String UI = "/ui/conventions/" + ID;
    /** L'Horme: SIREN 214201105, in the Loire (042); 4,806 inhabitants. */
    private static final String L_HORME = "42110";
    private static final String L_HORME_ACTES = "042-214201105-20230920-DEL_2023_101-DE";
    private static final String RIVE_DE_GIER_ACTES = "042-214201865-20230906-DEL_2023_064-DE";
    private static final String CELLIEU = "42032";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Api api;
    Browser browser;

    @BeforeEach
    void sampleWithLHormeVoted() {
        api = new Api(context, port);
        if (api.get("/api/v1/conventions/" + ID, TestAccounts.READER).status() == 404) {
            api.defineSample(ID);
            String commune = "/api/v1/conventions/" + ID + "/communes/" + L_HORME;
            int members = CouncilSize.ofMunicipalCouncil(4806);
            api.command(commune + "/presentation", "{\"sessionDate\":\"2023-09-20\"}");
            api.command(commune + "/votes", """
                    {"sessionDate":"2023-09-20","present":%d,"votesFor":%d,"votesAgainst":0,"abstentions":0,
                     "notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_101","actesId":"%s"}"""
                    .formatted(members, members, L_HORME_ACTES));
            api.view("/api/v1/conventions/" + ID + "/communes?size=500");
        }
        browser = new Browser(api.base());
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void lHormesPageAfterItsVoteShowsOnlyTheTransmissionFormWithTheVotesActesId() {
        browser.open(UI + "/communes/" + L_HORME);

        assertThat(shownForms()).containsExactly("form-transmission");
        assertThat(browser.find("#t-actes").getAttribute("value")).isEqualTo(L_HORME_ACTES);
        assertThat(browser.find("#next-step-title").getText()).isEqualTo("Prochaine étape : transmission en préfecture");
        assertThat(browser.driver.findElements(By.cssSelector(".route-steps li")))
                .extracting(li -> li.getAttribute("data-step") + "=" + li.getAttribute("data-state"))
                .containsExactly("PRESENTATION=DONE", "ADOPTED_VOTE=DONE", "PREFECTURE_TRANSMISSION=NEXT",
                        "PUBLICATION=TODO", "EXECUTORY=TODO", "SIGNATURE=TODO");
        assertThat(browser.find(".route-steps [aria-current=step]").getAttribute("data-step"))
                .isEqualTo("PREFECTURE_TRANSMISSION");
        browser.screenshot("30-lhorme-prochaine-etape");

        browser.disclose("other-forms");
        assertThat(browser.find("#v-actes-help").getText()).as("L'Horme's own SIREN and vote, not Rive-de-Gier's")
                .isEqualTo("ex. " + L_HORME_ACTES);
        assertThat(browser.find("#form-presentation").isDisplayed()).isTrue();
    }

    @Test
    void aRefusedActesIdMarksItsFieldInFrenchAndTheNextActionClearsIt() {
        browser.open(UI + "/communes/" + L_HORME);
        type("t-sent", "21/09/2023");
        type("t-received", "21/09/2023");
        type("t-actes", RIVE_DE_GIER_ACTES);
        browser.find("#form-transmission button[type=submit]").click();

        WebElement field = browser.waitUntil(d -> d.findElements(By.cssSelector("#t-actes[aria-invalid=true]"))
                .stream().findFirst().orElse(null));
        WebElement message = browser.find("#t-actes-error");
        assertThat(field.getAttribute("aria-describedby").split(" ")).contains("t-actes-error");
        assertThat(message.getText()).isEqualTo(new Labels().rule("actes-id-siren-mismatch"));
        assertThat(browser.find("#form-transmission .form-result").getText()).as("the form points at its field")
                .isEqualTo(new Labels().rule("form-has-errors"));
        assertThat(browser.find("#t-actes").findElement(By.xpath("..")).findElements(By.id("t-actes-error")))
                .as("the message stands under its field").hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("[aria-invalid=true]"))).hasSize(1);
        browser.screenshot("31-lhorme-actes-refuse");

        type("t-actes", L_HORME_ACTES);
        browser.recordThrough("form-transmission");
        assertThat(browser.driver.findElements(By.cssSelector("[aria-invalid=true], .field-error, .form-result.error")))
                .as("no message of the refused action is left").isEmpty();
        assertThat(browser.find("#command-result").getText())
                .isEqualTo("Enregistré : Transmission en préfecture (contrôle de légalité). Prochaine étape : publication.");
        assertThat(shownForms()).containsExactly("form-publication");
        assertThat(api.commune(ID, L_HORME).path("transmissionReceivedOn").asText()).isEqualTo("2023-09-21");
        browser.screenshot("32-lhorme-transmise");
    }

    @Test
    void datesAreTypedTheFrenchWayAndAnEmptyOrImpossibleOneIsRefusedInFrenchAtItsField() {
        browser.open(UI + "/communes/" + CELLIEU);
        WebElement date = browser.find("#p-date");
        assertThat(date.getAttribute("type")).isEqualTo("text");
        assertThat(date.getAttribute("placeholder")).isEqualTo("jj/mm/aaaa");
        assertThat(date.getAttribute("inputmode")).isEqualTo("numeric");
        assertThat(browser.script("return document.getElementById('form-presentation').noValidate;")).isEqualTo(true);

        browser.find("#form-presentation button[type=submit]").click();
        assertThat(messageOf("p-date")).isEqualTo("Ce champ est obligatoire.");

        type("p-date", "31/02/2023");
        assertThat(browser.driver.findElements(By.id("p-date-error"))).as("changing the field clears its message")
                .isEmpty();
        browser.find("#form-presentation button[type=submit]").click();
        assertThat(messageOf("p-date")).as("the service refuses the day; the page says it in French")
                .isEqualTo(new Labels().rule("field-date-unknown"));

        type("p-date", "20/09/2023");
        browser.recordThrough("form-presentation");
        assertThat(api.commune(ID, CELLIEU).path("presentedOn").asText()).isEqualTo("2023-09-20");
        assertThat(shownForms()).startsWith("form-vote");
    }

    /** The command forms a person sees without opening any disclosure. */
    private List<String> shownForms() {
        return browser.driver.findElements(By.cssSelector("form[data-command]")).stream()
                .filter(WebElement::isDisplayed).map(f -> f.getAttribute("id")).toList();
    }

    private void type(String id, String text) {
        WebElement field = browser.find("#" + id);
        field.clear();
        field.sendKeys(text);
    }

    /** The message under a field marked at fault, once the form has marked it. */
    private String messageOf(String id) {
        return browser.waitUntil(d -> {
            List<WebElement> marked = d.findElements(By.cssSelector("#" + id + "[aria-invalid=true]"));
            return marked.isEmpty() ? null : browser.find("#" + id + "-error").getText();
        });
    }
}
