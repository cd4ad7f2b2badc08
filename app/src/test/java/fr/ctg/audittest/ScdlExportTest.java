package fr.ctg.audittest;

import fr.ctg.platform.testing.SettableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample convention's deliberations as SCDL "délibérations" 2.1.3, checked against the schema's field list. */
@Tag("slow")
@SpringBootTest(classes = AuditTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScdlExportTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext accountsContext;

    @Autowired
    TestRestTemplate http;
    @Autowired
    SettableClock clock;

    @Test
    void theSampleConventionsDeliberationsFollowTheScdlSchema() throws IOException {
        Api api = new Api(http, accountsContext);
        JsonNode defined = api.command("/api/v1/conventions", api.sample(null));
        String id = defined.get("conventionId").asText();
        api.walkRiveDeGier(id, clock);
        String saintChamond = "/api/v1/conventions/" + id + "/communes/42207";
        api.command(saintChamond + "/presentation", "{\"sessionDate\":\"2023-09-25\"}");
        api.command(saintChamond + "/votes", """
                {"sessionDate":"2023-09-25","votesFor":30,"votesAgainst":5,"abstentions":4,"notTakingPart":1,
                 "ballot":"PUBLIC","deliberationNumber":"2023_09_25_12"}""");

        ResponseEntity<String> answer = api.get("/api/v1/audit/conventions/" + id + "/deliberations.csv");
        JsonNode schema = api.parse(new String(new ClassPathResource("scdl-deliberations-2.1.3.json")
                .getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).get("fields");
        List<String> lines = answer.getBody().lines().toList();
        List<String> header = List.of(lines.get(0).split(",", -1));

        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(header).isEqualTo(names(schema));
        assertThat(lines).hasSize(3);
        Map<String, String> rive = row(header, lines.get(1));
        assertThat(rive).containsEntry("COLL_NOM", "Rive-de-Gier").containsEntry("COLL_SIRET", "21420186500017")
                .containsEntry("DELIB_ID", "DEL_2023_064").containsEntry("DELIB_DATE", "2023-09-06")
                .containsEntry("DELIB_MATIERE_CODE", "8.2")
                .containsEntry("DELIB_MATIERE_NOM", "domaines de compétences par thèmes/aide sociale")
                .containsEntry("PREF_ID", "PREF042").containsEntry("PREF_DATE", "2023-09-13")
                .containsEntry("VOTE_EFFECTIF", "").containsEntry("VOTE_REEL", "28").containsEntry("VOTE_POUR", "25")
                .containsEntry("VOTE_CONTRE", "2").containsEntry("VOTE_ABSTENTION", "1").containsEntry("DELIB_URL", "");
        assertThat(rive.get("DELIB_OBJET")).isEqualTo("Approbation de la Convention Territoriale Globale du Pays du "
                + "Gier conclue avec la Caf de la Loire pour 2023-2027");
        assertConforms(schema, rive);
        Map<String, String> chamond = row(header, lines.get(2));
        assertThat(chamond).containsEntry("COLL_NOM", "Saint-Chamond").containsEntry("DELIB_ID", "2023_09_25_12")
                .containsEntry("PREF_ID", "").containsEntry("PREF_DATE", "").containsEntry("VOTE_REEL", "39");
        // No SIRET is configured for Saint-Chamond: the cell stays empty (never made up) and the answer says so.
        assertThat(chamond).containsEntry("COLL_SIRET", "");
        assertThat(answer.getHeaders().getFirst("X-Scdl-Missing-Siret")).isEqualTo("42207");
    }

    private static List<String> names(JsonNode fields) {
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    /** The sample's cells carry no comma or quote; a quoted cell would fail the header-count check below. */
    private static Map<String, String> row(List<String> header, String line) {
        String[] cells = line.split(",", -1);
        assertThat(cells).hasSameSizeAs(header);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            row.put(header.get(i), cells[i]);
        }
        return row;
    }

    /** Required fields filled, patterns matched, dates ISO, integers whole: what Validata checks of each cell. */
    private static void assertConforms(JsonNode fields, Map<String, String> row) {
        fields.forEach(field -> {
            String name = field.get("name").asText();
            String value = row.get(name);
            if (field.get("required").asBoolean()) {
                assertThat(value).as(name).isNotEmpty();
            }
            if (value.isEmpty()) {
                return;
            }
            if (field.has("pattern")) {
                assertThat(value).as(name).matches(field.get("pattern").asText());
            }
            switch (field.get("type").asText()) {
                case "date" -> assertThat(LocalDate.parse(value)).as(name).isNotNull();
                case "integer" -> assertThat(value).as(name).matches("-?[0-9]+");
                default -> {
                }
            }
        });
    }
}
