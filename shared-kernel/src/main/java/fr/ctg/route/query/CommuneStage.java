package fr.ctg.route.query;

/** Where a commune stands on the institutional route. */
public enum CommuneStage {
    NOT_PRESENTED,
    PRESENTED,
    ADOPTED,
    REJECTED,
    EXECUTORY,
    WITHDRAWN
}
