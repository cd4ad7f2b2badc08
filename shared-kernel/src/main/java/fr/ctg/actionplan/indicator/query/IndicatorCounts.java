package fr.ctg.actionplan.indicator.query;

/**
 * Indicators of the actions an action-progress view counts, for {@code year}: how many there are, how many have a
 * whole-scope measure of that year, and how many are on track (judged on their latest measure up to that year).
 */
public record IndicatorCounts(int year, int indicators, int measuredThisYear, int onTrack) {
}
