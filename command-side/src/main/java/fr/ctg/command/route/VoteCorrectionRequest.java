package fr.ctg.command.route;

import fr.ctg.route.BallotType;
import fr.ctg.route.PresidentVote;
import fr.ctg.route.VoteCount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record VoteCorrectionRequest(
        @NotNull @Min(0) @Max(200) Integer votesFor,
        @NotNull @Min(0) @Max(200) Integer votesAgainst,
        @NotNull @Min(0) @Max(200) Integer abstentions,
        @NotNull @Min(0) @Max(200) Integer notTakingPart,
        @NotNull BallotType ballot,
        PresidentVote presidentVote,
        @NotBlank @Size(max = 2000) String reason) {

    VoteCount counts() {
        return new VoteCount(votesFor, votesAgainst, abstentions, notTakingPart);
    }
}
