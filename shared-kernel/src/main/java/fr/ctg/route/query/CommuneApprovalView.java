package fr.ctg.route.query;

import fr.ctg.route.BallotType;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;

/** One commune on the route. Vote fields describe the latest vote; {@code votesHeld} counts all of them. */
public record CommuneApprovalView(
        String conventionId,
        String perimeterCode,
        String inseeCode,
        String name,
        int population,
        CommuneStage stage,
        LocalDate presentedOn,
        LocalDate votedOn,
        int votesHeld,
        VoteOutcome outcome,
        BallotType ballot,
        Integer votesFor,
        Integer votesAgainst,
        Integer abstentions,
        Integer notTakingPart,
        String deliberationNumber,
        String actesId,
        LocalDate transmissionSentOn,
        LocalDate transmissionReceivedOn,
        LocalDate publishedOn,
        LocalDate executoryOn,
        LocalDate withdrawnOn,
        String withdrawalReason) {
}
