package fr.ctg.audit.scdl;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the SCDL "délibérations" 2.1.3 table, in the schema's field order.
 *
 * @param vote null when the vote's attendance was not recorded (votes recorded before it was): all vote columns empty
 */
record ScdlDeliberation(String collNom, String collSiret, String delibId, String delibDate, String matiereCode,
                        String matiereNom, String delibObjet, String prefId, String prefDate, ScdlVote vote,
                        String delibUrl) {

    /** The fields of schema.data.gouv.fr/scdl/deliberations 2.1.3, in order. */
    static final List<String> FIELDS = List.of("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE",
            "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
            "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL");

    List<String> cells() {
        List<String> cells = new ArrayList<>(List.of(collNom, orEmpty(collSiret), delibId, delibDate, matiereCode,
                matiereNom, delibObjet));
        cells.add(""); // BUDGET_ANNEE: the CTG has no budget line of its own in the events
        cells.add(""); // BUDGET_NOM
        cells.add(orEmpty(prefId));
        cells.add(orEmpty(prefDate));
        if (vote == null) {
            cells.addAll(List.of("", "", "", "", ""));
        } else {
            for (int count : new int[]{vote.effectif(), vote.reel(), vote.pour(), vote.contre(), vote.abstention()}) {
                cells.add(Integer.toString(count));
            }
        }
        cells.add(orEmpty(delibUrl));
        return cells;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
