package fr.ctg.convention.query;

/** Where a convention stands as a whole on its institutional route. */
public enum ConventionStage {
    DEFINING,
    ROUTE_IN_PROGRESS,
    READY_TO_SIGN,
    SIGNED
}
