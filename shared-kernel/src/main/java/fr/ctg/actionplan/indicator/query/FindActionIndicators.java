package fr.ctg.actionplan.indicator.query;

/**
 * The indicators of one action. Each is assessed on its latest whole-scope measure of a year up to {@code year}
 * (the dashboard's and report's year), and says whether it was measured in {@code year}.
 */
public record FindActionIndicators(String conventionId, String actionId, int year) {
}
