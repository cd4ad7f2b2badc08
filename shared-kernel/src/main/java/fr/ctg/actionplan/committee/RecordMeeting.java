package fr.ctg.actionplan.committee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * Records a committee meeting under an id of the client's choosing, with the decisions it took then (more can be
 * added later with {@link RecordMeetingDecision}). {@code date} is a Europe/Paris calendar day.
 */
public record RecordMeeting(
        @TargetAggregateIdentifier String conventionId,
        String meetingId,
        MeetingKind kind,
        LocalDate date,
        String place,
        List<Attendee> attendees,
        List<String> agenda,
        List<MeetingDecision> decisions,
        @TargetAggregateVersion Long expectedVersion) {
}
