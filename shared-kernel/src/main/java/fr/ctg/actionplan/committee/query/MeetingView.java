package fr.ctg.actionplan.committee.query;

import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.MeetingKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting and its decisions in the order they were recorded. {@code minutesDocumentId} is the SHA-256 of the
 * document last attached as its minutes (a {@code DocumentAttached} of role MINUTES), by which it is downloaded; null
 * while none is.
 */
public record MeetingView(String meetingId, MeetingKind kind, LocalDate date, String place, List<Attendee> attendees,
                          List<String> agenda, String minutesDocumentId, List<DecisionView> decisions) {
}
