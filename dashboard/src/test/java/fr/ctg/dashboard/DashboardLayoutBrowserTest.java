package fr.ctg.dashboard;

import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of the dashboard in a real headless Chromium, at 400 pixels (a phone) and at 1400 (a desktop): nothing
 * scrolls sideways but the tables, each inside its own box; the action page's tables by theme and by period stand
 * apart; an ACTES identifier reads on one line; and axe-core finds no accessibility violation. The pages are those
 * the controllers serve, so a new page must be added here.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardLayoutBrowserTest {

    private static final String ID = "ctg-browser-layout";
    private static final String UI = "/ui/conventions/" + ID;
    private static final int PHONE = 400;
    /**
     * Served by the controllers but not checked here: the live stream, a document's download and the two PDFs, which
     * are no pages, and an amendment's page, as an amendment needs a signed convention: AmendmentBrowserTest signs
     * the sample and checks that page (axe-core, 400 px).
     */
    private static final Set<String> NOT_CHECKED = Set.of("/ui/conventions/{conventionId}/live",
            "/ui/conventions/{conventionId}/documents/{sha256}", "/ui/conventions/{conventionId}/amendments/{number}",
            "/ui/conventions/{conventionId}/route/pdf", "/ui/conventions/{conventionId}/history/pdf");
    /** Pages of the administrator only, visited as one. */
    private static final String ADMINISTRATION = "/ui/admin/";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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

    /** Each page the controllers serve, as its mapping, and a path that shows it with the sample's data. */
    private static Map<String, String> pages() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/ui", "/ui");
        pages.put("/ui/conventions/{conventionId}", UI);
        pages.put("/ui/conventions/{conventionId}/perimeters", UI + "/perimeters");
        pages.put("/ui/conventions/{conventionId}/communes", UI + "/communes");
        pages.put("/ui/conventions/{conventionId}/communes/{inseeCode}", UI + "/communes/42186");
        pages.put("/ui/conventions/{conventionId}/epci", UI + "/epci");
        pages.put("/ui/conventions/{conventionId}/actions", UI + "/actions");
        pages.put("/ui/conventions/{conventionId}/actions/{actionId}", UI + "/actions/pe-02");
        pages.put("/ui/conventions/{conventionId}/plan", UI + "/plan");
        pages.put("/ui/conventions/{conventionId}/plan/diff", UI + "/plan/diff?from=1&to=1");
        pages.put("/ui/conventions/{conventionId}/meetings", UI + "/meetings");
        pages.put("/ui/conventions/{conventionId}/rapport-annuel", UI + "/rapport-annuel");
        // The first of the commune's history pages, so that their navigation is checked too.
        pages.put("/ui/conventions/{conventionId}/history", UI + "/history?commune=42186&size=2");
        pages.put("/ui/a-faire", "/ui/a-faire");
        pages.put("/ui/admin/rebuild", "/ui/admin/rebuild");
        return pages;
    }

    @Test
    void theListOfPagesCoversEveryPageOfTheControllers() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (get) {
                info.getPatternValues().stream().filter(p -> p.startsWith("/ui")).forEach(served::add);
            }
        });
        served.removeAll(NOT_CHECKED);
        assertThat(pages().keySet()).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void noPageScrollsSidewaysAtFourHundredPixels() {
        browser.resize(PHONE, 900);
        List<String> tooWide = new ArrayList<>();
        visitEveryPage((name, path) -> {
            long width = browser.pageWidth();
            browser.screenshot("400px-" + name);
            if (width > PHONE) {
                tooWide.add(path + " is " + width + " px wide");
            }
        });
        assertThat(tooWide).isEmpty();
    }

    @Test
    void axeCoreFindsNoViolationOnAnyPage() {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        visitEveryPage((name, path) -> {
            List<String> found = browser.accessibilityViolations();
            if (!found.isEmpty()) {
                violations.put(path, found);
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void theActionPagesTablesByThemeAndByPeriodDoNotOverlapAtFourteenHundredPixels() {
        browser.resize(1400, 1800);
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open(UI + "/actions");
        List<Map<String, Number>> boxes = new ArrayList<>();
        for (String table : List.of("status-table", "theme-table", "period-table")) {
            boxes.add(box(table));
        }
        browser.screenshot("1400px-plan-action");
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i), boxes.get(j))).as("tables %d and %d overlap", i, j).isFalse();
            }
        }
        for (String table : List.of("theme-table", "period-table")) {
            assertThat(browser.script("const t = document.getElementById(arguments[0]);"
                    + " return t.parentElement.scrollWidth <= t.parentElement.clientWidth;", table))
                    .as("%s is shown whole, without scrolling its box", table).isEqualTo(true);
        }
    }

    @Test
    void anActesIdentifierReadsOnOneLineInTheCommuneTableAndAtMostTwoOnAPhone() {
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open(UI + "/communes");
        assertThat(lines("#commune-table tr[data-insee='42186'] [data-figure=actesId]")).isEqualTo(1);
        browser.resize(PHONE, 900);
        browser.open(UI + "/communes");
        assertThat(lines("#commune-table tr[data-insee='42186'] [data-figure=actesId]")).isEqualTo(1);
        browser.open(UI + "/communes/42186");
        assertThat(lines("dd.actes")).isLessThanOrEqualTo(2);
    }

    /**
     * The pages as the coordinator sees them (forms included), the error pages, the history as the auditor, the
     * administration as the administrator, and the refusal page.
     */
    private void visitEveryPage(BiConsumer<String, String> check) {
        browser.open("/login");
        check.accept("connexion", "/login");
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        Map<String, String> pages = pages();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (page.getKey().endsWith("/history") || page.getKey().startsWith(ADMINISTRATION)) {
                continue;
            }
            visit(page.getValue(), check);
        }
        browser.open("/ui/conventions/inconnue");
        assertThat(browser.find("h1").getText()).isEqualTo("Convention introuvable");
        check.accept("introuvable", "/ui/conventions/inconnue");
        browser.signIn(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        visit(pages.get("/ui/conventions/{conventionId}/history"), check);
        assertThat(browser.driver.findElements(By.id("history-next"))).as("the history's navigation").isNotEmpty();
        browser.signIn(TestAccounts.ADMIN, TestAccounts.PASSWORD);
        pages.keySet().stream().filter(page -> page.startsWith(ADMINISTRATION)).forEach(page -> visit(pages.get(page), check));
        browser.signIn(TestAccounts.READER, TestAccounts.PASSWORD);
        browser.open(UI + "/history");
        assertThat(browser.find("h1").getText()).isEqualTo("Accès refusé");
        check.accept("acces-refuse", UI + "/history");
    }

    private void visit(String path, BiConsumer<String, String> check) {
        browser.open(path);
        assertThat(browser.driver.findElements(By.cssSelector("main h1"))).as(path).isNotEmpty();
        assertThat(browser.find("main h1").getText()).as(path).isNotIn("Convention introuvable", "Accès refusé");
        check.accept(path.replace(UI, "convention").replaceAll("[^a-z0-9-]+", "-"), path);
    }

    private Map<String, Number> box(String id) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.script(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                        + " return {left: r.left, top: r.top, right: r.right, bottom: r.bottom};", id);
        return box;
    }

    private static boolean overlap(Map<String, Number> a, Map<String, Number> b) {
        return a.get("left").doubleValue() < b.get("right").doubleValue()
                && b.get("left").doubleValue() < a.get("right").doubleValue()
                && a.get("top").doubleValue() < b.get("bottom").doubleValue()
                && b.get("top").doubleValue() < a.get("bottom").doubleValue();
    }

    /** The number of lines an element's text takes (one client rectangle per line box). */
    private long lines(String css) {
        WebElement element = browser.find(css);
        return ((Number) browser.script("const range = document.createRange(); range.selectNodeContents(arguments[0]);"
                + " return new Set([...range.getClientRects()].map(r => Math.round(r.top))).size;", element))
                .longValue();
    }
}
