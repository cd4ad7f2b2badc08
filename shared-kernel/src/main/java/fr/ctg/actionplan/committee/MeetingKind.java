package fr.ctg.actionplan.committee;

/** The committees that steer a CTG: the steering committee (COPIL), the technical committee, a working group. */
public enum MeetingKind {
    COPIL,
    COTECH,
    WORKING_GROUP
}
