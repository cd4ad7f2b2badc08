package fr.ctg.amendment;

/** Where an amendment stands: drafted, submitted to the parties' route, in force, or closed without effect. */
public enum AmendmentState {
    DRAFT,
    SUBMITTED,
    IN_FORCE,
    WITHDRAWN,
    REFUSED;

    public boolean pending() {
        return this == DRAFT || this == SUBMITTED;
    }
}
