package fr.ctg.actionplan.committee.query;

import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.MeetingKind;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting and its decisions in the order they were recorded. {@code minutesDocumentId} is the place of its minutes
 * once documents can be attached (issue 17); null until then.
 */
public record MeetingView(String meetingId, MeetingKind kind, LocalDate date, String place, List<Attendee> attendees,
                          List<String> agenda, String minutesDocumentId, List<DecisionView> decisions) {
}
