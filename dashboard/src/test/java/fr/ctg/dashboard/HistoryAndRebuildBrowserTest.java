package fr.ctg.dashboard;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.calendar.ParisCalendar;
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

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: the auditor's history shows Paris times, French labels and the stored JSON behind
 * "détails"; the administrator starts a rebuild and sees it through to the end on its progress bar. axe-core finds
 * no violation on either page.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryAndRebuildBrowserTest {

    private static final String ID = "ctg-history";
    private static final String HISTORY = "/ui/conventions/" + ID + "/history";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ParisCalendar.ZONE);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    Api api;
    Browser browser;

    @BeforeEach
    void sampleWithAVoteInRiveDeGier() {
        api = new Api(context, port);
        api.sampleWithRiveDeGierVote(ID);
        browser = new Browser(api.base());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theHistoryShowsParisTimesFrenchLabelsAndTheStoredJsonOnDemand() {
        JsonNode head = api.get("/api/v1/audit/conventions/" + ID + "/head", TestAccounts.AUDITOR).json();
        Instant voteRecorded = Instant.parse(head.path("timestamp").asText());

        browser.signIn(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        browser.open("/ui/conventions/" + ID + "/history?commune=42186");
        WebElement vote = browser.find("#history-table tr[data-type=CouncilVoteRecorded]");
        assertThat(vote.findElement(By.cssSelector("th")).getText()).isEqualTo("Vote du conseil municipal enregistré");
        WebElement time = vote.findElement(By.cssSelector("time"));
        assertThat(time.getText()).isEqualTo(SHOWN.format(voteRecorded));
        assertThat(Instant.parse(time.getAttribute("datetime"))).isEqualTo(voteRecorded);
        assertThat(vote.findElement(By.cssSelector("[data-field=sessionDate] dt")).getText()).isEqualTo("Date de la séance");
        assertThat(vote.findElement(By.cssSelector("[data-field=sessionDate] dd")).getText()).isEqualTo("06/09/2023");
        assertThat(vote.findElement(By.cssSelector("[data-field=votes] dd")).getText())
                .contains("Pour : 25", "Contre : 2", "Abstentions : 1");
        assertThat(vote.findElement(By.cssSelector("[data-field=outcome] dd")).getText()).isEqualTo("Adoptée");
        assertThat(browser.driver.findElements(By.cssSelector("#history-table dt")))
                .extracting(WebElement::getText).doesNotContain("sessionDate", "communeInseeCode", "actesId");

        WebElement json = vote.findElement(By.cssSelector("details.raw-event pre"));
        assertThat(json.isDisplayed()).isFalse();
        vote.findElement(By.cssSelector("details.raw-event summary")).click();
        assertThat(json.isDisplayed()).isTrue();
        assertThat(json.getText()).contains("\"sessionDate\" : \"2023-09-06\"");
        assertThat(vote.findElement(By.cssSelector("details.raw-event code.sha256")).getText())
                .isEqualTo(head.path("hash").asText());
        browser.screenshot("20-historique-details");
        assertThat(violations()).isEmpty();
    }

    @Test
    void aHistoryLongerThanOnePageIsReadPageByPageInTheJournalsOrder() {
        browser.signIn(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        browser.open(HISTORY);
        List<Long> whole = positions();
        assertThat(whole).hasSizeGreaterThanOrEqualTo(3).hasSizeLessThan(100).isSorted();
        assertThat(browser.driver.findElements(By.id("history-pages"))).isEmpty();

        // Three pages: each starts after the last position of the one before, and the last has no next link.
        int size = (whole.size() + 2) / 3;
        assertThat(whole.size()).as("three pages of %d", size).isGreaterThan(2 * size);
        browser.open(HISTORY + "?size=" + size);
        assertThat(browser.driver.findElements(By.id("history-start"))).isEmpty();
        assertThat(browser.driver.findElements(By.id("history-previous"))).isEmpty();
        List<List<Long>> pages = new ArrayList<>(List.of(positions()));
        for (int page = 2; page <= 3; page++) {
            List<Long> before = pages.get(pages.size() - 1);
            long last = before.get(before.size() - 1);
            browser.find("#history-next").click();
            browser.waitUntil(d -> d.getCurrentUrl().contains("after=" + last));
            assertThat(browser.driver.getCurrentUrl()).contains("size=" + size);
            List<Long> shown = positions();
            assertThat(shown).hasSizeBetween(1, size).allMatch(position -> position > last);
            assertThat(caption()).isEqualTo(shown.size() + " événement(s) à partir de la position " + shown.get(0)
                    + ", dans l’ordre du journal");
            pages.add(shown);
        }
        assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(whole);
        assertThat(browser.driver.findElements(By.id("history-next"))).isEmpty();
        assertThat(violations()).isEmpty();

        // Back from the last page: the page before it again, which has a page before it too.
        browser.find("#history-previous").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("before=" + pages.get(2).get(0)));
        assertThat(positions()).isEqualTo(pages.get(1));
        assertThat(browser.driver.findElements(By.id("history-previous"))).isNotEmpty();
        assertThat(browser.driver.findElements(By.id("history-next"))).isNotEmpty();
    }

    @Test
    void theHistoryPagesOfACommuneKeepItsFilterBothWays() {
        browser.signIn(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        browser.open(HISTORY + "?commune=42186");
        List<Long> commune = positions();
        assertThat(types()).containsExactly("PresentedToMunicipalCouncil", "CouncilVoteRecorded");

        browser.open(HISTORY + "?commune=42186&size=1");
        assertThat(positions()).containsExactly(commune.get(0));
        browser.find("#history-next").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("after=" + commune.get(0)));
        assertThat(browser.driver.getCurrentUrl()).contains("commune=42186");
        assertThat(types()).containsExactly("CouncilVoteRecorded");
        assertThat(positions()).containsExactly(commune.get(1));
        assertThat(browser.driver.findElements(By.id("history-next"))).isEmpty();
        browser.screenshot("23-historique-page-suivante");

        browser.find("#history-previous").click();
        browser.waitUntil(d -> d.getCurrentUrl().contains("before=" + commune.get(1)));
        assertThat(browser.driver.getCurrentUrl()).contains("commune=42186");
        assertThat(positions()).containsExactly(commune.get(0));
        assertThat(browser.driver.findElements(By.id("history-previous"))).isEmpty();
        browser.open(HISTORY + "?commune=42186&size=1&after=" + commune.get(0));
        browser.find("#history-start").click();
        browser.waitUntil(d -> !d.getCurrentUrl().contains("after="));
        assertThat(browser.driver.getCurrentUrl()).contains("commune=42186");
        assertThat(positions()).containsExactly(commune.get(0));
    }

    @Test
    void aPageSizeOutOfBoundsIsKeptWithinThemAndOneThatIsNoNumberIsRefused() {
        browser.signIn(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        browser.open(HISTORY + "?size=0");
        assertThat(positions()).hasSize(1);
        browser.open(HISTORY + "?size=100000");
        assertThat(positions()).isNotEmpty();
        assertThat(api.get(HISTORY + "?size=many", TestAccounts.AUDITOR).status()).isEqualTo(400);
        assertThat(api.get(HISTORY + "?after=last", TestAccounts.AUDITOR).status()).isEqualTo(400);
    }

    @Test
    void theAdministratorStartsARebuildAndFollowsItToTheEnd() {
        browser.signIn(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        browser.find("#admin-rebuild").click();
        browser.waitUntil(d -> d.getCurrentUrl().endsWith("/ui/admin/rebuild"));
        assertThat(violations()).isEmpty();

        browser.find("#rebuild-start").click();
        browser.waitUntil(d -> browser.find("#rebuild-result").getText().equals("Reconstruction lancée.")
                || browser.find("#rebuild-result").getText().equals("Une reconstruction est déjà en cours."));
        browser.waitUntil(d -> "Terminée".equals(browser.find("#rebuild-state").getText()));

        WebElement bar = browser.find("#rebuild-bar");
        assertThat(Double.parseDouble(bar.getAttribute("value"))).isPositive()
                .isEqualTo(Double.parseDouble(bar.getAttribute("max")));
        JsonNode progress = api.get("/api/v1/admin/rebuild", TestAccounts.ADMIN).json();
        assertThat(browser.find("#rebuild-rate").getText()).endsWith(" événements/s");
        assertThat(browser.find("#rebuild-finished").getText())
                .isEqualTo(SHOWN.format(Instant.parse(progress.path("finishedAt").asText())));
        assertThat(browser.driver.findElements(By.cssSelector("#rebuild-table tbody tr")))
                .hasSize(progress.path("processors").size()).isNotEmpty();
        browser.screenshot("21-reconstruction");
        assertThat(violations()).isEmpty();
    }

    @Test
    void onlyAnAdministratorReachesTheRebuildPage() {
        browser.signIn(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        assertThat(browser.driver.findElements(By.id("admin-rebuild"))).isEmpty();
        browser.open("/ui/admin/rebuild");
        assertThat(browser.driver.findElements(By.id("rebuild-start"))).isEmpty();
    }

    /** The positions of the events the history table shows, top to bottom. */
    private List<Long> positions() {
        return browser.driver.findElements(By.cssSelector("#history-table tbody tr td:first-child")).stream()
                .map(cell -> Long.parseLong(cell.getText())).toList();
    }

    private List<String> types() {
        return browser.driver.findElements(By.cssSelector("#history-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-type")).toList();
    }

    private String caption() {
        return browser.find("#history-table caption").getText();
    }

    /** axe-core's violations on the page as it stands, each named with the elements at fault. */
    private List<String> violations() {
        return new AxeBuilder().analyze(browser.driver).getViolations().stream()
                .map(HistoryAndRebuildBrowserTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget())).toList();
    }
}
