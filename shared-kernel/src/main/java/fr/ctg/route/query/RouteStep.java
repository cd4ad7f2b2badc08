package fr.ctg.route.query;

/** What a party still lacks before the convention can be signed, in the route's order. */
public enum RouteStep {
    PRESENTATION,
    ADOPTED_VOTE,
    PREFECTURE_TRANSMISSION,
    PUBLICATION,
    /** The CAF's board has not yet authorised the convention. */
    CAF_BOARD_DECISION,
    /** The party has not signed. */
    SIGNATURE
}
