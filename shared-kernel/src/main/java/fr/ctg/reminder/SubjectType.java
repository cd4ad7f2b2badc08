package fr.ctg.reminder;

/** What a reminder's subject is: a commune's council, the EPCI's, an action, an indicator, the convention itself. */
public enum SubjectType {
    COMMUNE,
    EPCI,
    ACTION,
    INDICATOR,
    CONVENTION
}
