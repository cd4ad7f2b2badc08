package fr.ctg.command.convention;

import fr.ctg.route.BallotType;
import fr.ctg.route.PresidentVote;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;

/** The outcome of a council vote, from its counts alone (CGCT L2121-20). */
final class VoteRules {

    private VoteRules() {
    }

    static VoteOutcome outcome(VoteCount votes, BallotType ballot, PresidentVote presidentVote) {
        RuleViolation.check(votes.votesFor() >= 0 && votes.votesAgainst() >= 0 && votes.abstentions() >= 0
                && votes.notTakingPart() >= 0, "vote-count-negative", "Vote counts cannot be negative.");
        RuleViolation.check(votes.votesFor() + votes.votesAgainst() + votes.abstentions() + votes.notTakingPart() > 0,
                "vote-count-empty", "A vote needs at least one council member.");
        if (votes.votesFor() != votes.votesAgainst()) {
            return votes.votesFor() > votes.votesAgainst() ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
        }
        if (ballot == BallotType.SECRET) {
            return VoteOutcome.REJECTED;
        }
        RuleViolation.check(presidentVote != null, "president-vote-required-on-tie",
                "A tie in a public vote is decided by the president's casting vote: say how the president voted.");
        return presidentVote == PresidentVote.FOR ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
    }
}
