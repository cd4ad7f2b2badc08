package fr.ctg.route.query;

/** Where a commune (or the EPCI) stands on the institutional route; {@link fr.ctg.route.CommuneRouteState} says which. */
public enum CommuneStage {
    NOT_PRESENTED,
    PRESENTED,
    ADOPTED,
    REJECTED,
    EXECUTORY,
    /** Its adopted deliberation was annulled by the administrative court: it needs a new one. */
    ANNULLED,
    /** Its council withdrew its adopted deliberation (retrait): it needs a new one. */
    RETRACTED,
    WITHDRAWN;

    /** Still a member of the convention: a withdrawn commune has left it, and counts in no share. */
    public boolean inConvention() {
        return this != WITHDRAWN;
    }

    /** Holds the signature back: still in the convention, its adopted deliberation not yet executory. */
    public boolean blocksSignature() {
        return inConvention() && this != EXECUTORY;
    }

    /** The next step is a presentation to the council: none yet, or the last deliberation was rejected or ended. */
    public boolean awaitsPresentation() {
        return this == NOT_PRESENTED || this == REJECTED || this == ANNULLED || this == RETRACTED;
    }
}
