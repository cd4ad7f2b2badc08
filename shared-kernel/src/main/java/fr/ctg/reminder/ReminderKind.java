package fr.ctg.reminder;

/** What a reminder is about; {@link Reminders} says when each is raised and for which day. */
public enum ReminderKind {
    /** An adopted deliberation whose prefecture receipt is not recorded some days after the vote. */
    RECEIPT_MISSING,
    /** An adopted deliberation not published some days after the vote. */
    PUBLICATION_MISSING,
    /** The prefect's control window of a transmitted deliberation ends within a few days. */
    LEGALITY_WINDOW_ENDING,
    /** A council presented with the convention has not voted by the planned day. */
    VOTE_NOT_HELD,
    /** An indicator has no measure of last year by the day the measures are due. */
    INDICATOR_NOT_MEASURED,
    /** An action whose period has ended and that is still expected. */
    ACTION_OVERDUE,
    /** No steering committee (COPIL) met in the last months. */
    COPIL_DUE
}
