package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** A council meeting with the convention on its agenda lacked its quorum; {@code membersInOffice} defaults as for a vote. */
public record RecordQuorumNotReached(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate meetingDate,
        Integer membersInOffice,
        Integer present,
        @TargetAggregateVersion Long expectedVersion) {
}
