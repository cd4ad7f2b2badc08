package fr.ctg.route.query;

/** Where a commune stands on the institutional route; {@link fr.ctg.route.CommuneRouteState} says which. */
public enum CommuneStage {
    NOT_PRESENTED,
    PRESENTED,
    ADOPTED,
    REJECTED,
    EXECUTORY,
    WITHDRAWN;

    /** Still a member of the convention: a withdrawn commune has left it, and counts in no share. */
    public boolean inConvention() {
        return this != WITHDRAWN;
    }

    /** Holds the signature back: still in the convention, its adopted deliberation not yet executory. */
    public boolean blocksSignature() {
        return inConvention() && this != EXECUTORY;
    }
}
