package fr.ctg.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.dashboard.web.Labels;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Documents in a real headless Chromium: the prefecture's receipt imported through the commune page's form records
 * the transmission (nothing typed), Rive-de-Gier's receipt on Genilac's page is refused in French, a signed
 * deliberation uploaded through the form downloads byte for byte from the page, the history lists it with its SHA-256,
 * and a meeting's minutes download from the meetings page.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsBrowserTest {

    private static final String RIVE_DE_GIER = "42186";
    private static final String GENILAC = "42225";
    private static final String RIVE_DE_GIER_ACTES = "042-214201865-20230906-DEL_2023_064-DE";
    /** The acknowledgement of issue 17, as the prefecture's platform sends it. */
    private static final String RECEIPT = """
            <actes:ARActe xmlns:actes="http://www.interieur.gouv.fr/ACTES#v1.1-20040216"
                          actes:IDActe="042-214201865-20230906-DEL_2023_064-DE" actes:DateReception="2023-09-13">
              <actes:ActeRecu actes:Date="2023-09-06" actes:NumeroInterne="DEL_2023_064" actes:CodeNatureActe="1">
                <actes:CodeMatiere1 actes:CodeMatiere="8"/>
                <actes:CodeMatiere2 actes:CodeMatiere="2"/>
                <actes:Objet>Approbation de la Convention Territoriale Globale 2023-2027</actes:Objet>
                <actes:ClassificationDateVersion>2019-08-29</actes:ClassificationDateVersion>
                <actes:Document><actes:NomFichier>99_DE-042-214201865-20230906-DEL_2023_064-DE-1-1_1.pdf</actes:NomFichier></actes:Document>
              </actes:ActeRecu>
            </actes:ARActe>
            """;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;

    Api api;
    Browser browser;
    Path files;

    @BeforeEach
    void openBrowser() throws IOException {
        api = new Api(context, port);
        browser = new Browser(api.base());
        files = Files.createTempDirectory("ctg-documents-");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
        try (var paths = Files.walk(files)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void thePrefecturesReceiptImportedThroughTheFormRecordsTheTransmissionReceivedOnThe13thOfSeptember() {
        String id = adoptedByRiveDeGierAndGenilac("ctg-receipt-form");
        Path receipt = write("ARActe-DEL_2023_064.xml", RECEIPT.getBytes(StandardCharsets.UTF_8));
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);

        browser.open("/ui/conventions/" + id + "/communes/" + GENILAC);
        browser.disclose("receipt-import");
        browser.find("#r-receipt").sendKeys(receipt.toString());
        browser.find("#form-receipt button[type=submit]").click();
        assertThat(browser.refusalIn("form-receipt").getText()).isEqualTo(new Labels().rule("receipt-actes-id-mismatch"));

        browser.open("/ui/conventions/" + id + "/communes/" + RIVE_DE_GIER);
        assertThat(browser.find("#form-receipt").isDisplayed())
                .as("the next step shows the transmission typed in, the import behind its disclosure").isFalse();
        browser.disclose("receipt-import");
        browser.find("#r-receipt").sendKeys(receipt.toString());
        browser.recordThrough("form-receipt");
        browser.waitUntil(d -> browser.find("#live-region").getText()
                .contains("13/09/2023 / 13/09/2023"));
        assertThat(browser.find("#live-region").getText()).contains(RIVE_DE_GIER_ACTES);
        String row = browser.waitUntil(d -> browser.find("#document-table tr[data-role=RECEIPT]").getText());
        assertThat(row).contains("ARActe-DEL_2023_064.xml", sha256(RECEIPT.getBytes(StandardCharsets.UTF_8)));
        browser.screenshot("20-accuse-reception-importe");

        JsonNode riveDeGier = api.commune(id, RIVE_DE_GIER);
        assertThat(riveDeGier.path("transmissionReceivedOn").asText()).isEqualTo("2023-09-13");
        assertThat(riveDeGier.path("transmissionSentOn").asText()).isEqualTo("2023-09-13");
        assertThat(api.commune(id, GENILAC).path("transmissionReceivedOn").asText(null)).as("the refused receipt wrote nothing")
                .isNull();
    }

    @Test
    void aSignedDeliberationUploadedThroughTheFormDownloadsByteForByteAndTheHistoryShowsItsHash() {
        String id = adoptedByRiveDeGierAndGenilac("ctg-documents-form");
        byte[] pdf = pdf();
        Path deliberation = write("DEL_2023_064-signee.pdf", pdf);
        Path renamedExe = write("programme.pdf", "MZ\u0090\u0000\u0003 this program cannot be run".getBytes(
                StandardCharsets.ISO_8859_1));
        browser.signIn(TestAccounts.COORDINATOR, TestAccounts.PASSWORD);
        browser.open("/ui/conventions/" + id + "/communes/" + RIVE_DE_GIER);
        browser.disclose("other-forms");

        browser.find("#dd-file").sendKeys(renamedExe.toString());
        browser.find("#form-deliberation-document button[type=submit]").click();
        assertThat(browser.refusalIn("form-deliberation-document").getText())
                .isEqualTo(new Labels().rule("document-type-not-allowed"));

        new Select(browser.find("#dd-role")).selectByValue("SIGNED_DELIBERATION");
        browser.find("#dd-file").sendKeys(deliberation.toString());
        browser.recordThrough("form-deliberation-document");
        // The live region is swapped in again as the views move on: the link is read whole, within one wait.
        List<String> link = browser.waitUntil(d -> d.findElements(
                By.cssSelector("#document-table tr[data-role=SIGNED_DELIBERATION] a.download")).stream()
                .map(a -> List.of(a.getText(), a.getAttribute("href"))).findFirst().orElse(null));
        assertThat(link.get(0)).isEqualTo("DEL_2023_064-signee.pdf");
        assertThat(browser.driver.findElements(By.cssSelector("#document-table tbody tr")))
                .as("the refused file was not stored").hasSize(1);
        browser.screenshot("21-deliberation-jointe");

        Map<String, Object> download = fetch(link.get(1));
        assertThat(download.get("status")).isEqualTo(200L);
        assertThat(Base64.getDecoder().decode((String) download.get("base64"))).isEqualTo(pdf);
        assertThat((String) download.get("disposition")).startsWith("attachment")
                .contains("DEL_2023_064-signee.pdf");

        browser.signIn(TestAccounts.AUDITOR, TestAccounts.PASSWORD);
        browser.open("/ui/conventions/" + id + "/history?commune=" + RIVE_DE_GIER);
        String listed = browser.waitUntil(d -> browser.find("#document-table tr[data-sha256='" + sha256(pdf) + "']")
                .getText());
        assertThat(listed).contains("Délibération signée", sha256(pdf), "DEL_2023_064-signee.pdf");
        assertThat(browser.driver.findElements(By.cssSelector("#history-table tbody tr")))
                .extracting(r -> r.getAttribute("data-type")).contains("DocumentAttached");
        browser.screenshot("22-historique-documents");
    }

    @Test
    void aMeetingsMinutesDownloadFromTheMeetingsPage() {
        String id = adoptedByRiveDeGierAndGenilac("ctg-minutes-page");
        api.command("/api/v1/conventions/" + id + "/meetings", """
                {"meetingId":"copil-2024","kind":"COPIL","date":"2024-11-20","place":"Rive-de-Gier"}""");
        byte[] minutes = pdf();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(minutes) {
            @Override
            public String getFilename() {
                return "cr-copil-2024.pdf";
            }
        });
        assertThat(http.withBasicAuth(TestAccounts.COORDINATOR, TestAccounts.PASSWORD).postForEntity(
                "/api/v1/conventions/" + id + "/meetings/copil-2024/minutes", new HttpEntity<>(parts, headers),
                String.class).getStatusCode().value()).isEqualTo(200);

        browser.signIn(TestAccounts.READER, TestAccounts.PASSWORD);
        WebElement link = browser.waitUntil(d -> {
            browser.open("/ui/conventions/" + id + "/meetings");
            return d.findElements(By.cssSelector("a.minutes")).stream().findFirst().orElse(null);
        });
        assertThat(link.getAttribute("href")).endsWith("/documents/" + sha256(minutes));
        Map<String, Object> download = fetch(link.getAttribute("href"));
        assertThat(Base64.getDecoder().decode((String) download.get("base64"))).isEqualTo(minutes);
    }

    /** The sample under {@code id}, where Rive-de-Gier and Genilac adopted the convention; no transmission yet. */
    private String adoptedByRiveDeGierAndGenilac(String id) {
        api.defineSample(id);
        String communes = "/api/v1/conventions/" + id + "/communes/";
        api.command(communes + RIVE_DE_GIER + "/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        api.command(communes + RIVE_DE_GIER + "/votes", """
                {"sessionDate":"2023-09-06","present":28,"votesFor":25,"votesAgainst":2,"abstentions":1,
                 "notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_064","actesId":"%s"}"""
                .formatted(RIVE_DE_GIER_ACTES));
        api.command(communes + GENILAC + "/presentation", "{\"sessionDate\":\"2023-09-07\"}");
        api.command(communes + GENILAC + "/votes", """
                {"sessionDate":"2023-09-07","present":20,"votesFor":18,"votesAgainst":1,"abstentions":1,
                 "notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_050"}""");
        return id;
    }

    /** A small PDF holding every byte value, so that a download that changed any byte would differ. */
    private static byte[] pdf() {
        byte[] head = "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdf = new byte[head.length + 256 + tail.length];
        System.arraycopy(head, 0, pdf, 0, head.length);
        for (int b = 0; b < 256; b++) {
            pdf[head.length + b] = (byte) b;
        }
        System.arraycopy(tail, 0, pdf, head.length + 256, tail.length);
        return pdf;
    }

    /** GETs the address in the page, with its session, as a click on the link would. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String href) {
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(15));
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(buffer => {
                  let binary = '';
                  new Uint8Array(buffer).forEach(b => { binary += String.fromCharCode(b); });
                  done({status: r.status, disposition: r.headers.get('Content-Disposition'), base64: btoa(binary)});
                }));""", href);
    }

    private Path write(String name, byte[] content) {
        try {
            return Files.write(files.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
