package fr.ctg.route;

/** How the council voted: in public (the president's casting vote breaks a tie) or by secret ballot (a tie rejects). */
public enum BallotType {
    PUBLIC,
    SECRET
}
