package fr.ctg.route.query;

/** What a commune still lacks before the convention can be signed. */
public enum RouteStep {
    PRESENTATION,
    ADOPTED_VOTE,
    PREFECTURE_TRANSMISSION,
    PUBLICATION
}
