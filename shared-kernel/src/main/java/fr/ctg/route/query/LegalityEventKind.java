package fr.ctg.route.query;

/** What happened in the prefect's legality control of a council's deliberation, or to that deliberation. */
public enum LegalityEventKind {
    /** A letter of observations or a request for documents: the control window is suspended. */
    PREFECT_LETTER,
    /** The council's answer: the window runs again, two months from it. */
    LETTER_ANSWERED,
    REFERRED_TO_COURT,
    ANNULLED,
    RETRACTED
}
