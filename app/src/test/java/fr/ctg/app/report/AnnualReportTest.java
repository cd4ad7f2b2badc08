package fr.ctg.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import fr.ctg.platform.testing.SettableClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample convention's 2024: pe-01 has the indicator "Réunions du réseau par an" (0 in 2022, 4 targeted in 2027,
 * measured 3 in 2023 and 4 in 2024) and the COPIL of 20 November 2024 validates the 2024 report and postpones pe-02.
 * The report shows them in JSON, ODS and PDF, and the 2024 report drawn live equals the one drawn as of
 * 2024-12-31T23:59:59 Europe/Paris.
 */
@Tag("slow")
@SpringBootTest(classes = {CtgApplication.class, AnnualReportTest.FixedClock.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnnualReportTest {

    private static final String INDICATOR = "reunions-reseau";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock();
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @Autowired
    SettableClock clock;
    @Autowired
    AnnualReports reports;

    final ObjectMapper json = new ObjectMapper();
    String id;
    String base;
    long position;

    @BeforeEach
    void twentyTwentyFour() {
        TestAccounts.createAll(context);
        id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        base = "/api/v1/conventions/" + id;
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        clock.set("2023-06-01T10:00:00Z");
        command(TestAccounts.ADMIN, "/api/v1/conventions", SampleConvention.as(id));
        clock.set("2024-01-10T10:00:00Z");
        command(base + "/actions/pe-01/indicators", """
                {"indicatorId":"reunions-reseau","label":"Réunions du réseau par an","unit":"COUNT",
                 "direction":"INCREASE","baseline":{"value":0,"year":2022},"target":{"value":4,"year":2027}}""");
        command(base + "/actions/pe-01/indicators/" + INDICATOR + "/measures",
                "{\"year\":2023,\"value\":3,\"source\":\"Comptes rendus du réseau\"}");
        clock.set("2024-11-15T10:00:00Z");
        command(base + "/actions/pe-01/indicators/" + INDICATOR + "/measures",
                "{\"year\":2024,\"value\":4,\"source\":\"Comptes rendus du réseau\"}");
        clock.set("2024-11-20T17:00:00Z");
        command(base + "/meetings", """
                {"meetingId":"copil-2024-11-20","kind":"COPIL","date":"2024-11-20","place":"Rive-de-Gier",
                 "attendees":[{"party":"Caf de la Loire","role":"Copilote"},
                              {"party":"Communauté de communes","role":"Copilote","name":"C. Durand"}],
                 "agenda":["Bilan 2024","Réorientations"],
                 "decisions":[{"kind":"VALIDATE_REPORT","year":2024}]}""");
        command(base + "/meetings/copil-2024-11-20/decisions",
                "{\"kind\":\"POSTPONE_ACTION\",\"actionId\":\"pe-02\",\"reason\":\"Local indisponible\"}");
        view(base + "/meetings");
        view(base + "/indicators?year=2024");
        clock.set("2025-01-15T09:00:00Z");
    }

    @Test
    void theReportOfAPastYearDrawnLiveEqualsTheOneDrawnAsOfItsLastSecond() {
        AnnualReport live = reports.live(id, 2024).orElseThrow();
        AnnualReport asOf = reports.asOfEndOf(id, 2024).orElseThrow();

        assertThat(live.instant()).isEqualTo(java.time.Instant.parse("2024-12-31T22:59:59Z"));
        assertThat(live).isEqualTo(asOf);
        assertThat(live.themes()).isNotEmpty();

        // Once 2025 moves an action on, the live views have left 2024 behind; the served 2024 report has not.
        JsonNode before = report();
        command(base + "/actions/pe-03/status", "{\"status\":\"IN_PROGRESS\",\"on\":\"2025-01-15\"}");
        view(base + "/meetings");
        view(base + "/action-progress");
        assertThat(reports.live(id, 2024).orElseThrow()).isNotEqualTo(asOf);
        assertThat(report()).isEqualTo(before);
    }

    @Test
    void theJsonReportShowsTheActionsIndicatorTheCopilsDecisionsAndTheChainHead() {
        JsonNode report = report();

        JsonNode pe01 = action(report, "pe-01");
        JsonNode indicator = pe01.path("indicators").get(0);
        assertThat(indicator.path("label").asText()).isEqualTo("Réunions du réseau par an");
        assertThat(indicator.path("baselineValue").decimalValue()).isEqualByComparingTo("0");
        assertThat(indicator.path("baselineYear").asInt()).isEqualTo(2022);
        assertThat(indicator.path("targetValue").decimalValue()).isEqualByComparingTo("4");
        assertThat(indicator.path("targetYear").asInt()).isEqualTo(2027);
        assertThat(indicator.path("value").decimalValue()).isEqualByComparingTo("4");
        assertThat(indicator.path("previousValue").decimalValue()).isEqualByComparingTo("3");
        assertThat(indicator.path("trend").asText()).isEqualTo("RISING");
        assertThat(action(report, "pe-02").path("status").asText()).isEqualTo("POSTPONED");
        assertThat(report.path("validatedBy").asText()).isEqualTo("copil-2024-11-20");
        assertThat(report.path("committees").get(0).path("decisions").findValuesAsText("kind"))
                .containsExactly("VALIDATE_REPORT", "POSTPONE_ACTION");
        assertThat(report.path("route").path("stage").asText()).isEqualTo("DEFINING");
        JsonNode head = read(get(TestAccounts.AUDITOR, "/api/v1/audit/conventions/" + id + "/head",
                MediaType.APPLICATION_JSON).getBody());
        assertThat(report.path("chainHead").path("hash").asText()).isEqualTo(head.path("hash").asText()).hasSize(64);
    }

    @Test
    void theSpreadsheetHasASummarySheetAndOneSheetPerThemeWithTheIndicatorsCells() throws IOException {
        ResponseEntity<byte[]> answer = bytes(base + "/reports/2024?format=ods", MediaType.ALL);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");

        SpreadSheet spreadsheet = new SpreadSheet(new ByteArrayInputStream(answer.getBody()));
        assertThat(spreadsheet.getSheets()).extracting(Sheet::getName)
                .containsExactly("Synthèse", "PETITE_ENFANCE", "PARENTALITES", "ENFANCE_JEUNESSE", "VIE_SOCIALE");
        Sheet summary = spreadsheet.getSheet("Synthèse");
        assertThat(cellRight(summary, "Bilan validé par")).isEqualTo("copil-2024-11-20");
        assertThat(cellRight(summary, "Tête de chaîne (empreinte SHA-256)")).isEqualTo(report().path("chainHead")
                .path("hash").asText());
        Sheet earlyChildhood = spreadsheet.getSheet("PETITE_ENFANCE");
        int row = rowOf(earlyChildhood, "pe-01");
        assertThat(earlyChildhood.getRange(row, 2).getValue()).isEqualTo("Prévue");
        assertThat(earlyChildhood.getRange(row, 5).getValue()).isEqualTo("Réunions du réseau par an");
        assertThat(earlyChildhood.getRange(row, 7).getValue()).isEqualTo(0.0);
        assertThat(earlyChildhood.getRange(row, 8).getValue()).isEqualTo(2022.0);
        assertThat(earlyChildhood.getRange(row, 9).getValue()).isEqualTo(4.0);
        assertThat(earlyChildhood.getRange(row, 10).getValue()).isEqualTo(2027.0);
        assertThat(earlyChildhood.getRange(row, 11).getValue()).isEqualTo(4.0);
        assertThat(earlyChildhood.getRange(row, 12).getValue()).isEqualTo("en hausse");
        assertThat(earlyChildhood.getRange(rowOf(earlyChildhood, "pe-02"), 2).getValue()).isEqualTo("Reportée");
    }

    @Test
    void thePdfNamesTheActionItsValuesTheDecisionsAndTheChainHead() throws IOException {
        ResponseEntity<byte[]> answer = bytes(base + "/reports/2024", MediaType.APPLICATION_PDF);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);

        String text;
        try (PDDocument pdf = Loader.loadPDF(answer.getBody())) {
            text = new PDFTextStripper().getText(pdf);
        }
        String flat = text.replaceAll("\\s+", " ");
        assertThat(flat).contains("Bilan annuel 2024", "pe-01", "Réunions du réseau par an", "0 (2022)", "4 (2027)",
                "en hausse", "Validation du bilan annuel", "Report d'une action", "Local indisponible");
        assertThat(text.replaceAll("\\s+", "")).contains(report().path("chainHead").path("hash").asText());
    }

    @Test
    void theHtmlPageIsTheSameTemplate() {
        ResponseEntity<String> page = get(TestAccounts.READER, base + "/reports/2024", MediaType.TEXT_HTML);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains("Bilan annuel 2024", "Réunions du réseau par an", "copil-2024-11-20");
    }

    @Test
    void theSamplesTwoCopilsAreRecordedFromItsFiles() throws IOException {
        for (String copil : List.of("copil-2022-11-10", "copil-2023-04-06")) {
            command(base + "/meetings", new org.springframework.core.io.ClassPathResource(
                    "sample/ctg-pays-du-gier-" + copil + ".json").getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        }
        ResponseEntity<String> meetings = get(TestAccounts.READER, base + "/meetings?minPosition=" + position,
                MediaType.APPLICATION_JSON);
        assertThat(read(meetings.getBody()).path("meetings").findValuesAsText("meetingId"))
                .containsExactly("copil-2022-11-10", "copil-2023-04-06", "copil-2024-11-20");
        assertThat(meetings.getBody()).contains("4 thèmes priorisés", "Plan d'actions adopté");
    }

    @Test
    void everyRefusalIsAProblemNamingItsRule() {
        assertThat(problem(base + "/reports/2022", 404)).isEqualTo("report-year-outside-period");
        assertThat(problem(base + "/reports/2026", 409)).isEqualTo("report-year-not-begun");
        assertThat(problem(base + "/reports/2024?format=xls", 400)).isEqualTo("report-format-unknown");
        assertThat(problem("/api/v1/conventions/ctg-nowhere/reports/2024", 404)).isEqualTo("unknown-convention");
        assertThat(commandProblem(base + "/meetings/copil-nowhere/decisions",
                "{\"kind\":\"FREE\",\"text\":\"Rien\"}", 404)).isEqualTo("meeting-not-found");
        assertThat(commandProblem(base + "/meetings/copil-2024-11-20/decisions",
                "{\"kind\":\"VALIDATE_REPORT\",\"year\":2024}", 409)).isEqualTo("report-year-already-validated");
        assertThat(commandProblem(base + "/meetings/copil-2024-11-20/decisions",
                "{\"kind\":\"ABANDON_ACTION\",\"actionId\":\"pe-99\",\"reason\":\"Doublon\"}", 404))
                .isEqualTo("action-not-found");
        assertThat(commandProblem(base + "/meetings", """
                {"meetingId":"copil-2021","kind":"COPIL","date":"2021-06-01","place":"Lorette"}""", 409))
                .isEqualTo("meeting-date-outside-period");
        assertThat(commandProblem(base + "/meetings", "{\"meetingId\":\"copil 1\",\"kind\":\"COPIL\"}", 400))
                .isNotBlank();
    }

    private static JsonNode action(JsonNode report, String actionId) {
        List<JsonNode> found = new ArrayList<>();
        report.path("themes").forEach(theme -> theme.path("actions").forEach(action -> {
            if (action.path("actionId").asText().equals(actionId)) {
                found.add(action);
            }
        }));
        assertThat(found).as(actionId).hasSize(1);
        return found.get(0);
    }

    private static Object cellRight(Sheet sheet, String label) {
        for (int r = 0; r < sheet.getMaxRows(); r++) {
            if (label.equals(sheet.getRange(r, 0).getValue())) {
                return sheet.getRange(r, 1).getValue();
            }
        }
        throw new AssertionError("no row " + label + " in " + sheet.getName());
    }

    private static int rowOf(Sheet sheet, String actionId) {
        for (int r = 0; r < sheet.getMaxRows(); r++) {
            if (actionId.equals(sheet.getRange(r, 0).getValue())) {
                return r;
            }
        }
        throw new AssertionError("no action " + actionId + " in " + sheet.getName());
    }

    private JsonNode report() {
        ResponseEntity<String> answer = get(TestAccounts.READER, base + "/reports/2024", MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return read(answer.getBody());
    }

    private String problem(String path, int status) {
        ResponseEntity<String> answer = get(TestAccounts.READER, path, MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(status);
        return read(answer.getBody()).path("rule").asText();
    }

    private String commandProblem(String path, String body, int status) {
        ResponseEntity<String> answer = exchange(TestAccounts.COORDINATOR, HttpMethod.POST, path, body,
                MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(status);
        return read(answer.getBody()).path("rule").asText();
    }

    private void view(String path) {
        ResponseEntity<String> answer = get(TestAccounts.READER,
                path + (path.contains("?") ? "&" : "?") + "minPosition=" + position, MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().value()).as(path + " " + answer.getBody()).isEqualTo(200);
    }

    private void command(String path, String body) {
        command(TestAccounts.COORDINATOR, path, body);
    }

    private void command(String user, String path, String body) {
        ResponseEntity<String> answer = exchange(user, HttpMethod.POST, path, body, MediaType.APPLICATION_JSON);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(path + " " + answer.getBody()).isTrue();
        position = read(answer.getBody()).path("position").asLong();
    }

    private ResponseEntity<String> get(String user, String path, MediaType accept) {
        return exchange(user, HttpMethod.GET, path, null, accept);
    }

    private ResponseEntity<byte[]> bytes(String path, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(accept));
        return http.withBasicAuth(TestAccounts.READER, TestAccounts.PASSWORD).exchange(path, HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
    }

    private ResponseEntity<String> exchange(String user, HttpMethod method, String path, String body, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(accept));
        return http.withBasicAuth(user, TestAccounts.PASSWORD).exchange(path, method, new HttpEntity<>(body, headers),
                String.class);
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new AssertionError(body, e);
        }
    }
}
