package fr.ctg.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.platform.security.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The route and the history of a convention as PDF, read back with PDFBox: the convention's name, the events' French
 * names and labels, their times in Paris (not UTC), and the chain head the audit module serves. The PDFs are kept
 * beside the browser tests' screenshots.
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PagesAsPdfTest {

    private static final String ID = "ctg-pdf";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;

    Api api;

    @BeforeEach
    void sampleWithAVoteInRiveDeGier() {
        api = new Api(context, port);
        api.sampleWithRiveDeGierVote(ID);
    }

    @Test
    void theHistoryPdfShowsTheEventsInFrenchInParisTimeWithTheChainHead() throws IOException {
        ResponseEntity<byte[]> answer = pdf("/ui/conventions/" + ID + "/history/pdf?commune=42186", TestAccounts.AUDITOR);
        Files.write(Browser.SCREENSHOTS.resolve("historique.pdf"), answer.getBody());
        String text = text(answer).replaceAll("\\s+", " ");
        // A narrow cell wraps a time over two lines: times and hashes are compared without spaces.
        String compact = text.replace(" ", "");

        JsonNode head = head();
        Instant recorded = Instant.parse(head.path("timestamp").asText());
        assertThat(text).contains(api.view("/api/v1/conventions/" + ID).path("name").asText())
                .contains("Vote du conseil municipal enregistré", "Présentée en conseil municipal",
                        "Date de la séance", "06/09/2023", "heure de Paris")
                // The commune's events all, from the start: the page's navigation and the note of a cut are no part.
                .contains("2 événement(s) à partir de la position")
                .doesNotContain("sessionDate", "Afficher", "Événements suivants", "Début du journal", "Seuls les");
        assertThat(compact).contains(SHOWN.withZone(ParisCalendar.ZONE).format(recorded).replace(" ", ""))
                .doesNotContain(SHOWN.withZone(ZoneOffset.UTC).format(recorded).replace(" ", ""))
                .contains(head.path("hash").asText());
    }

    @Test
    void theRoutePdfShowsEveryCommunesStageWithTheChainHead() throws IOException {
        ResponseEntity<byte[]> answer = pdf("/ui/conventions/" + ID + "/route/pdf", TestAccounts.READER);
        Files.write(Browser.SCREENSHOTS.resolve("parcours.pdf"), answer.getBody());
        String text = text(answer);

        assertThat(text).contains(api.view("/api/v1/conventions/" + ID).path("name").asText(), "Rive-de-Gier",
                "Document établi le", "Tête de chaîne");
        assertThat(text.replaceAll("\\s+", "")).contains(head().path("hash").asText());
    }

    @Test
    void aReaderGetsNoHistoryPdf() {
        assertThat(http.withBasicAuth(TestAccounts.READER, TestAccounts.PASSWORD)
                .getForEntity("/ui/conventions/" + ID + "/history/pdf", byte[].class).getStatusCode().value())
                .isEqualTo(403);
    }

    private ResponseEntity<byte[]> pdf(String path, String user) throws IOException {
        Files.createDirectories(Browser.SCREENSHOTS);
        ResponseEntity<byte[]> answer = http.withBasicAuth(user, TestAccounts.PASSWORD).getForEntity(path, byte[].class);
        assertThat(answer.getStatusCode().value()).as("GET %s", path).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        return answer;
    }

    /** The chain head as the audit module serves it. */
    private JsonNode head() {
        return api.get("/api/v1/audit/conventions/" + ID + "/head", TestAccounts.AUDITOR).json();
    }

    private static String text(ResponseEntity<byte[]> answer) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(answer.getBody())) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
