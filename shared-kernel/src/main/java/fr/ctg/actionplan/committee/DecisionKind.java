package fr.ctg.actionplan.committee;

/** What a committee may decide; those on an action go through the coordinator's status rules. */
public enum DecisionKind {
    /** Validates the year's report ("bilan"); {@code year}. */
    VALIDATE_REPORT,
    /** Gives an action a new status; {@code actionId}, {@code status}, {@code reason}. */
    REORIENT_ACTION,
    /** Postpones an action; {@code actionId}, {@code reason}. */
    POSTPONE_ACTION,
    /** Abandons an action; {@code actionId}, {@code reason}. */
    ABANDON_ACTION,
    /** Asks for an amendment (avenant) of the convention; {@code text}. */
    REQUEST_AMENDMENT,
    /** Any other decision, in words; {@code text}. */
    FREE
}
