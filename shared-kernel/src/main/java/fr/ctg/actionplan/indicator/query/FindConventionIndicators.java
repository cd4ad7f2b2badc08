package fr.ctg.actionplan.indicator.query;

/** Every indicator of a convention, action by action in plan order, assessed as {@link FindActionIndicators} says. */
public record FindConventionIndicators(String conventionId, int year) {
}
