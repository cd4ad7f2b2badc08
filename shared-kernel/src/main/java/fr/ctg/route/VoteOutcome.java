package fr.ctg.route;

public enum VoteOutcome {
    ADOPTED,
    REJECTED
}
