package fr.ctg.actionplan.committee.query;

/** One meeting of a convention with its decisions. */
public record FindMeeting(String conventionId, String meetingId) {
}
