package fr.ctg.route;

public enum PresidentVote {
    FOR,
    AGAINST,
    ABSTAINED
}
