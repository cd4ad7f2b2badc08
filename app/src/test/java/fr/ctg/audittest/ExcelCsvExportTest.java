package fr.ctg.audittest;

import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SettableClock;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's Excel variant: what French Excel opens right on a double-click. */
@Tag("slow")
@SpringBootTest(classes = AuditTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExcelCsvExportTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    TestRestTemplate http;
    @Autowired
    SettableClock clock;

    String history;

    @BeforeEach
    void theSampleWithRiveDeGierWalked() {
        Api api = new Api(http, context);
        String id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        history = "/api/v1/audit/conventions/" + id + "/history.csv";
        clock.set("2023-09-01T08:00:00Z");
        api.command("/api/v1/conventions", api.sample(id));
        api.walkRiveDeGier(id, clock);
    }

    @Test
    void itStartsWithAByteOrderMarkUsesSemicolonsFrenchHeadersAndParisTimes() throws Exception {
        HttpResponse<byte[]> answer = get(history + "?format=excel");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        byte[] body = answer.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("Position;Convention;Version;"
                + "Identifiant de l'événement;Type d'événement;Date et heure (Paris);Horodatage UTC;Auteur;Corrélation;"
                + "Requête;Cause;Empreinte;Contenu (JSON)");

        List<CSVRecord> rows = CSVParser.parse(new StringReader(text), CSVFormat.EXCEL.builder().setDelimiter(';')
                .setHeader().setSkipHeaderRecord(true).get()).getRecords();
        CSVRecord vote = rows.stream().filter(r -> r.get("Type d'événement").equals("CouncilVoteRecorded")).findFirst()
                .orElseThrow();
        // Stored at 20:00 UTC on 6 September 2023: 22:00 in Paris (summer time).
        assertThat(vote.get("Date et heure (Paris)")).isEqualTo("06/09/2023 22:00:00");
        assertThat(vote.get("Horodatage UTC")).isEqualTo("2023-09-06T20:00:00.000Z");
        assertThat(rows.get(0).get("Contenu (JSON)")).as("the definition names the commune, accents intact")
                .contains("\"Châteauneuf\"");
    }

    @Test
    void withoutTheFormatTheExportStaysRfc4180AndAnUnknownFormatIs400() throws Exception {
        byte[] plain = get(history).body();
        assertThat(new String(plain, 0, 8, StandardCharsets.UTF_8)).isEqualTo("position");

        HttpResponse<byte[]> unknown = get(history + "?format=ods");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(new String(unknown.body(), StandardCharsets.UTF_8)).contains("\"rule\":\"format-unknown\"");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.getRootUri() + path))
                .header("Authorization", TestAccounts.basic(TestAccounts.AUDITOR)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
