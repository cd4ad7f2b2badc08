package fr.ctg.command.route;

import fr.ctg.route.BallotType;
import fr.ctg.route.PresidentVote;
import fr.ctg.route.VoteCount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The attendance figures are optional: given, they replace the vote's (and {@code present} is then required). */
public record VoteCorrectionRequest(
        @Min(1) @Max(200) Integer membersInOffice,
        @Min(0) @Max(200) Integer present,
        @Min(0) @Max(200) Integer represented,
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
