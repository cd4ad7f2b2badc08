package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * {@code presidentVote} is given only to break a tie in a public vote; {@code actesId} is optional;
 * {@code membersInOffice} defaults to a municipal council's legal size (CGCT L2121-2) and is required for an EPCI's;
 * {@code represented} (proxies) defaults to none.
 */
public record RecordCouncilVote(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate sessionDate,
        VoteCount votes,
        Integer membersInOffice,
        Integer present,
        Integer represented,
        BallotType ballot,
        PresidentVote presidentVote,
        String deliberationNumber,
        String actesId,
        @TargetAggregateVersion Long expectedVersion) {
}
