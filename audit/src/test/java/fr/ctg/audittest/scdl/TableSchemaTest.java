package fr.ctg.audittest.scdl;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The test's validator finds what Validata would: each rule of the schema file, on hand-made rows. */
class TableSchemaTest {

    static final TableSchema SCHEMA = ScdlExportTest.SCHEMA;
    static final String HEADER = String.join(",", SCHEMA.fieldNames()) + "\r\n";
    static final String VALID = "Rive-de-Gier,21420186500018,DEL_2023_064,2023-09-06,8.2,"
            + "domaines de compétences par thèmes/aide sociale,Approbation,,,PREF042,2023-09-13,33,29,26,2,1,"
            + "https://www.ville-rivedegier.fr/d.pdf\r\n";

    @Test
    void aRowThatFollowsEveryRuleHasNoError() {
        assertThat(SCHEMA.errors(HEADER + VALID)).isEmpty();
    }

    @Test
    void anEmptyRequiredCellOrAFailedPatternIsAnError() {
        assertThat(SCHEMA.errors(HEADER + VALID.replace("21420186500018", ""))).containsExactly(
                "row 1, COLL_SIRET: required, empty");
        assertThat(SCHEMA.errors(HEADER + VALID.replace(",8.2,", ",8-2,"))).singleElement().asString()
                .startsWith("row 1, DELIB_MATIERE_CODE: '8-2' does not match");
    }

    @Test
    void aSiretWhoseChecksumFailsIsAnError() {
        assertThat(SCHEMA.errors(HEADER + VALID.replace("21420186500018", "21420186500017"))).containsExactly(
                "row 1, COLL_SIRET: '21420186500017' is not a valid SIRET (checksum)");
    }

    @Test
    void aBadDateIntegerOrUriIsAnError() {
        assertThat(SCHEMA.errors(HEADER + VALID.replace("2023-09-06", "2023-02-30"))).singleElement().asString()
                .startsWith("row 1, DELIB_DATE: '2023-02-30' is not a date");
        assertThat(SCHEMA.errors(HEADER + VALID.replace(",33,", ",trente,"))).contains(
                "row 1, VOTE_EFFECTIF: 'trente' is not an integer");
        assertThat(SCHEMA.errors(HEADER + VALID.replace("https://www.ville-rivedegier.fr/d.pdf", "d.pdf")))
                .containsExactly("row 1, DELIB_URL: 'd.pdf' is not an absolute URI");
    }

    @Test
    void voteColumnsAreFilledTogetherAndAddUp() {
        assertThat(SCHEMA.errors(HEADER + VALID.replace(",33,29,", ",,29,"))).containsExactly(
                "row 1, VOTE_EFFECTIF: [VOTE_EFFECTIF, VOTE_REEL, VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION] must be "
                        + "filled together or left empty together");
        assertThat(SCHEMA.errors(HEADER + VALID.replace(",33,29,", ",33,28,"))).containsExactly(
                "row 1, VOTE_REEL: 28 is not the sum of [VOTE_POUR, VOTE_CONTRE, VOTE_ABSTENTION]");
        assertThat(SCHEMA.errors(HEADER + VALID.replace(",33,29,", ",20,29,"))).containsExactly(
                "row 1, VOTE_EFFECTIF: '20' >= VOTE_REEL '29' does not hold");
    }

    @Test
    void theReceiptCannotPrecedeTheDecision() {
        assertThat(SCHEMA.errors(HEADER + VALID.replace("2023-09-13", "2023-09-01"))).containsExactly(
                "row 1, PREF_DATE: '2023-09-01' >= DELIB_DATE '2023-09-06' does not hold");
    }

    @Test
    void theSubjectNameIsAnActesOneAndTheBudgetYearAnInterval() {
        assertThat(SCHEMA.errors(HEADER + VALID.replace("domaines de compétences par thèmes/aide sociale",
                "SOCIAL"))).singleElement().asString().startsWith("row 1, DELIB_MATIERE_NOM:");
        assertThat(SCHEMA.errors(HEADER + VALID.replace("Approbation,,,", "Approbation,2024/2023,Budget,")))
                .containsExactly("row 1, BUDGET_ANNEE: '2024/2023' is not a year interval");
        assertThat(SCHEMA.errors(HEADER + VALID.replace("Approbation,,,", "Approbation,2024,,"))).containsExactly(
                "row 1, BUDGET_ANNEE: [BUDGET_ANNEE, BUDGET_NOM] must be filled together or left empty together");
    }

    @Test
    void aHeaderOutOfTheSchemasOrderIsAnError() {
        String swapped = HEADER.replace("COLL_NOM,COLL_SIRET", "COLL_SIRET,COLL_NOM");
        assertThat(SCHEMA.errors(swapped + VALID)).singleElement().asString().startsWith("header ");
    }
}
