package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** {@code presidentVote} is required only to break a tie in a public vote; {@code actesId} is optional. */
public record RecordCouncilVote(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate sessionDate,
        VoteCount votes,
        BallotType ballot,
        PresidentVote presidentVote,
        String deliberationNumber,
        String actesId,
        @TargetAggregateVersion Long expectedVersion) {
}
