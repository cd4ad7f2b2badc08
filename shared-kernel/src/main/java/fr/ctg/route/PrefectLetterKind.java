package fr.ctg.route;

/** What the prefect asked within the legality control (CGCT L2131-6): either one suspends the window. */
public enum PrefectLetterKind {
    /** A letter of observations (recours gracieux): the prefect thinks the act illegal and asks to change it. */
    OBSERVATIONS,
    /** A request for further documents. */
    DOCUMENTS_REQUEST
}
