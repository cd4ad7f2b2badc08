package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Corrects the counts of a commune's latest recorded vote, e.g. a mistyped figure; the reason is mandatory. The
 * attendance figures, when given, replace those voted (all three, {@code membersInOffice} defaulting as for a vote).
 */
public record CorrectCouncilVote(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        VoteCount votes,
        BallotType ballot,
        PresidentVote presidentVote,
        String reason,
        Integer membersInOffice,
        Integer present,
        Integer represented,
        @TargetAggregateVersion Long expectedVersion) {
}
