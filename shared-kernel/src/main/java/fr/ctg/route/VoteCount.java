package fr.ctg.route;

/** The counts of a council vote. Members "not taking part" (ne prenant pas part au vote) are neither cast nor abstaining. */
public record VoteCount(int votesFor, int votesAgainst, int abstentions, int notTakingPart) {
}
