package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record CouncilVoteRecorded(
        String conventionId,
        String communeInseeCode,
        LocalDate sessionDate,
        VoteCount votes,
        BallotType ballot,
        PresidentVote presidentVote,
        VoteOutcome outcome,
        String deliberationNumber,
        String actesId) implements CommuneRouteEvent {
}
