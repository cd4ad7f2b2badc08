package fr.ctg.actionplan.committee;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adds a decision to a recorded meeting. */
public record RecordMeetingDecision(
        @TargetAggregateIdentifier String conventionId,
        String meetingId,
        MeetingDecision decision,
        @TargetAggregateVersion Long expectedVersion) {
}
