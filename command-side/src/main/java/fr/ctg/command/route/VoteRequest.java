package fr.ctg.command.route;

import fr.ctg.command.web.Patterns;
import fr.ctg.route.BallotType;
import fr.ctg.route.PresidentVote;
import fr.ctg.route.VoteCount;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * Counts are bounded by the largest council (Paris has 163 members). {@code membersInOffice} defaults to a municipal
 * council's legal size; {@code represented} (members voting by proxy) to none.
 */
public record VoteRequest(
        @NotNull LocalDate sessionDate,
        @Min(1) @Max(200) Integer membersInOffice,
        @NotNull @Min(0) @Max(200) Integer present,
        @Min(0) @Max(200) Integer represented,
        @NotNull @Min(0) @Max(200) Integer votesFor,
        @NotNull @Min(0) @Max(200) Integer votesAgainst,
        @NotNull @Min(0) @Max(200) Integer abstentions,
        @NotNull @Min(0) @Max(200) Integer notTakingPart,
        @NotNull BallotType ballot,
        PresidentVote presidentVote,
        @NotNull @Pattern(regexp = Patterns.DELIBERATION_NUMBER) String deliberationNumber,
        @Size(max = 60) String actesId) {

    VoteCount counts() {
        return new VoteCount(votesFor, votesAgainst, abstentions, notTakingPart);
    }
}
