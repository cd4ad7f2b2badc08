package fr.ctg.audittest.scdl;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.audittest.streaming.StreamingServer;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SCDL "délibérations" export over HTTP, on histories written as the command side writes them, validated
 * against the official schema file (scdl/deliberations 2.1.3, copied from the reference data).
 */
@Tag("slow")
@SpringBootTest(classes = StreamingServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ScdlExportTest {

    static final TableSchema SCHEMA = TableSchema.fromResource("/scdl/deliberations-2.1.3.schema.json");

    @Autowired
    ApplicationContext context;
    @Autowired
    EventStore store;
    @LocalServerPort
    int port;

    TestClient auditor;
    String conventionId;
    ScdlHistory history;

    @BeforeEach
    void signIn() {
        TestAccounts.createAll(context);
        auditor = TestClient.on(port).as(TestAccounts.AUDITOR);
        conventionId = "ctg-scdl-" + UUID.randomUUID().toString().substring(0, 8);
        history = new ScdlHistory(store, conventionId);
    }

    @Test
    void theExportOfAdoptedDeliberationsValidatesAgainstTheOfficialSchema() {
        Map<String, String> definedSirets = new HashMap<>(ScdlHistory.SIRETS);
        definedSirets.put("42186", "21420186500026"); // replaced below by a later PartySiretRecorded
        history.defined(definedSirets).riveDeGier().pavezinWithoutAttendance().genilacRetractsThenAdoptsAgain()
                .dargoireAnnulled().saintChamondRejects().metropole().siret("42186", "21420186500018").append();

        TestClient.Answer answer = auditor.get(path());

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().getContentType().toString()).startsWith("text/csv");
        assertThat(SCHEMA.errors(answer.body())).isEmpty();
        List<Map<String, String>> rows = rows(answer.body());
        // Adopted deliberations in force only, by date: no rejected vote, no retracted or annulled deliberation.
        assertThat(rows).extracting(r -> r.get("COLL_NOM") + " " + r.get("DELIB_ID")).containsExactly(
                "Rive-de-Gier DEL_2023_064", "Pavezin 2023-12", "Saint-Étienne Métropole DEL_2023_150",
                "Genilac 2023_10_03");
        Map<String, String> rive = rows.get(0);
        assertThat(rive).containsEntry("COLL_SIRET", "21420186500018").containsEntry("DELIB_DATE", "2023-09-06")
                .containsEntry("PREF_ID", "PREF042").containsEntry("PREF_DATE", "2023-09-13")
                .containsEntry("VOTE_EFFECTIF", "33").containsEntry("VOTE_REEL", "29")
                .containsEntry("VOTE_POUR", "26").containsEntry("VOTE_CONTRE", "2")
                .containsEntry("VOTE_ABSTENTION", "1").containsEntry("DELIB_URL", ScdlHistory.RIVE_DE_GIER_URL)
                .containsEntry("DELIB_MATIERE_CODE", "8.2")
                .containsEntry("DELIB_MATIERE_NOM", "domaines de compétences par thèmes/aide sociale")
                .containsEntry("DELIB_OBJET", "Approbation de la Convention Territoriale Globale du Pays du Gier "
                        + "conclue avec la Caf de la Loire pour 2023-2027");
        assertThat(rows.get(1)).containsEntry("COLL_SIRET", "21420167500011").containsEntry("VOTE_EFFECTIF", "")
                .containsEntry("VOTE_REEL", "").containsEntry("VOTE_POUR", "").containsEntry("VOTE_CONTRE", "")
                .containsEntry("VOTE_ABSTENTION", "").containsEntry("DELIB_URL", "")
                .containsEntry("PREF_ID", "").containsEntry("PREF_DATE", "");
        assertThat(rows.get(2)).containsEntry("COLL_SIRET", "24420077000018").containsEntry("VOTE_EFFECTIF", "124")
                .containsEntry("VOTE_REEL", "100").containsEntry("PREF_DATE", "2023-10-05")
                .containsEntry("DELIB_URL", ScdlHistory.METROPOLE_URL)
                // its receipt's subject codes, not the setting that typed transmissions fall back to
                .containsEntry("DELIB_MATIERE_CODE", "5.7")
                .containsEntry("DELIB_MATIERE_NOM", "institutions et vie politique/intercommunalité");
        assertThat(rows.get(3)).containsEntry("DELIB_DATE", "2023-10-16").containsEntry("VOTE_POUR", "21");
    }

    @Test
    void anExportWhosePartiesLackASiretIsRefusedNamingThemUntilTheirSiretsAreRecorded() {
        Map<String, String> sirets = new HashMap<>(ScdlHistory.SIRETS);
        sirets.remove("42167");
        sirets.remove("244200770");
        history.defined(sirets).riveDeGier().pavezinWithoutAttendance().dargoireAnnulled().metropole().append();

        TestClient.Answer refused = auditor.get(path());

        assertThat(refused.status()).isEqualTo(409);
        JsonNode problem = refused.json();
        assertThat(problem.get("rule").asText()).isEqualTo("scdl-siret-missing");
        // Dargoire has no SIRET either, but its deliberation was annulled: nothing of it is exported.
        assertThat(parties(problem)).containsExactly("42167 Pavezin", "244200770 Saint-Étienne Métropole");

        history.siret("42167", "21420167500011").siret("244200770", "24420077000018").append();
        TestClient.Answer exported = auditor.get(path());

        assertThat(exported.status()).as(exported.body()).isEqualTo(200);
        assertThat(SCHEMA.errors(exported.body())).isEmpty();
    }

    @Test
    void aSiretThatFailsItsChecksumCountsAsMissing() {
        Map<String, String> sirets = new HashMap<>(ScdlHistory.SIRETS);
        sirets.put("42186", "21420186500017"); // the SIRET the old configuration used: its Luhn sum fails
        history.defined(sirets).riveDeGier().append();

        TestClient.Answer refused = auditor.get(path());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(parties(refused.json())).containsExactly("42186 Rive-de-Gier");
    }

    private String path() {
        return "/api/v1/audit/conventions/" + conventionId + "/deliberations.csv";
    }

    private static List<String> parties(JsonNode problem) {
        List<String> parties = new ArrayList<>();
        problem.get("parties").forEach(p -> parties.add(p.get("partyId").asText() + " " + p.get("name").asText()));
        return parties;
    }

    private static List<Map<String, String>> rows(String csv) {
        List<String> header = SCHEMA.fieldNames();
        List<Map<String, String>> rows = new ArrayList<>();
        List<List<String>> lines = TableSchema.parse(csv);
        for (List<String> cells : lines.subList(1, lines.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), cells.get(i) == null ? "" : cells.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
