package fr.ctg.audit.scdl;

import java.util.ArrayList;
import java.util.List;

/** One row of the SCDL "délibérations" 2.1.3 table, in the schema's field order. */
record ScdlDeliberation(String collNom, String collSiret, String delibId, String delibDate, String matiereCode,
                        String matiereNom, String delibObjet, String prefId, String prefDate, Integer voteEffectif,
                        int voteReel, int votePour, int voteContre, int voteAbstention) {

    /** The fields of schema.data.gouv.fr/scdl/deliberations 2.1.3, in order. */
    static final List<String> FIELDS = List.of("COLL_NOM", "COLL_SIRET", "DELIB_ID", "DELIB_DATE",
            "DELIB_MATIERE_CODE", "DELIB_MATIERE_NOM", "DELIB_OBJET", "BUDGET_ANNEE", "BUDGET_NOM", "PREF_ID",
            "PREF_DATE", "VOTE_EFFECTIF", "VOTE_REEL", "VOTE_POUR", "VOTE_CONTRE", "VOTE_ABSTENTION", "DELIB_URL");

    ScdlDeliberation transmitted(String prefId, String prefDate) {
        return new ScdlDeliberation(collNom, collSiret, delibId, delibDate, matiereCode, matiereNom, delibObjet,
                prefId, prefDate, voteEffectif, voteReel, votePour, voteContre, voteAbstention);
    }

    List<String> cells() {
        List<String> cells = new ArrayList<>(List.of(collNom, orEmpty(collSiret), delibId, delibDate, matiereCode,
                matiereNom, delibObjet));
        cells.add(""); // BUDGET_ANNEE: the CTG has no budget line of its own in the events
        cells.add(""); // BUDGET_NOM
        cells.add(orEmpty(prefId));
        cells.add(orEmpty(prefDate));
        cells.add(voteEffectif == null ? "" : voteEffectif.toString());
        cells.add(Integer.toString(voteReel));
        cells.add(Integer.toString(votePour));
        cells.add(Integer.toString(voteContre));
        cells.add(Integer.toString(voteAbstention));
        cells.add(""); // DELIB_URL: the events do not know where the commune publishes its documents
        return cells;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
