package fr.ctg.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.platform.security.TestAccounts;
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

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action page in a real headless Chromium: the network action's indicator with its chart and its measures, and
 * a measure recorded through the form by the assigned coordinator (a second one of the same year refused in French).
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActionIndicatorsBrowserTest {

    private static final String ID = "ctg-browser-indicators";
    private static final String INDICATORS = "/api/v1/conventions/" + ID + "/actions/pe-02/indicators";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Api api;
    Browser browser;

    @BeforeEach
    void sampleWithTheNetworkIndicator() {
        api = new Api(context, port);
        if (api.get("/api/v1/conventions/" + ID, TestAccounts.READER).status() == 404) {
            api.defineSample(ID);
            api.command(INDICATORS, """
                    {"indicatorId":"reseau-reunions","label":"Réunions du réseau par an","unit":"COUNT",
                     "direction":"INCREASE","baseline":{"value":0,"year":2022},"target":{"value":4,"year":2027}}""");
            api.command(INDICATORS + "/reseau-reunions/measures",
                    "{\"year\":2023,\"value\":3,\"source\":\"Comptes rendus\"}");
        }
        browser = new Browser(api.base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCoordinatorSeesTheChartAndRecordsAMeasureThroughTheForm() {
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open("/ui/conventions/" + ID + "/actions");
        browser.find("#action-table tr[data-action=pe-02] a").click();
        browser.waitUntil(d -> browser.find("h1").getText().contains("réseau des acteurs"));
        WebElement indicator = browser.find("section[data-indicator=reseau-reunions]");
        WebElement chart = indicator.findElement(By.cssSelector("svg.indicator-chart"));
        assertThat(chart.getAttribute("role")).isEqualTo("img");
        assertThat(chart.getAttribute("aria-label"))
                .isEqualTo("Réunions du réseau par an : référence 0 en 2022, cible 4 en 2027 ; mesures : 2023 : 3.");
        assertThat(chart.findElements(By.cssSelector("circle.measure"))).hasSize(1);
        browser.screenshot("20-action-indicateurs");

        int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        int measured = year <= 2027 ? Math.max(2024, year) : 2027;
        browser.setValue("m-year", Integer.toString(measured));
        browser.find("#m-value").sendKeys("4");
        browser.find("#m-source").sendKeys("Comptes rendus du réseau");
        browser.find("#form-measure button[type=submit]").click();
        browser.waitUntil(d -> browser.find("#form-measure .form-result").getText().equals("Enregistré."));
        browser.waitUntil(d -> browser.driver.findElements(
                By.cssSelector("section[data-indicator=reseau-reunions] circle.measure")).size() == 2);
        JsonNode view = api.view(INDICATORS + "?year=" + measured).path("indicators").get(0);
        assertThat(view.path("measures")).hasSize(2);
        assertThat(browser.find("section[data-indicator=reseau-reunions] tr[data-year='" + measured
                + "'] [data-figure=value]").getText()).isEqualTo("4");

        browser.find("#form-measure button[type=submit]").click();
        WebElement refusal = browser.waitUntil(d -> {
            WebElement result = browser.find("#form-measure .form-result.error");
            return result.getText().isEmpty() ? null : result;
        });
        assertThat(refusal.getText())
                .isEqualTo("Une mesure est déjà enregistrée pour cette année : corrigez-la plutôt.");
        browser.screenshot("21-action-mesure");
    }

    @Test
    void aDashboardReaderSeesTheIndicatorsButNoForm() {
        browser.signIn(TestAccounts.READER, TestAccounts.PASSWORD);
        browser.open("/ui/conventions/" + ID + "/actions/pe-02");
        assertThat(browser.find("section[data-indicator=reseau-reunions] h3").getText())
                .isEqualTo("Réunions du réseau par an");
        assertThat(browser.driver.findElements(By.cssSelector("form[data-command]"))).isEmpty();
    }
}
