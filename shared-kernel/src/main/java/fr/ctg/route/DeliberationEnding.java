package fr.ctg.route;

/** How an adopted deliberation ceased to exist: the council needs a new one. */
public enum DeliberationEnding {
    /** Annulled by the administrative court. */
    ANNULLED,
    /** Withdrawn by the council itself (retrait). */
    RETRACTED
}
