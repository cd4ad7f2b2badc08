package fr.ctg.actionplan.indicator;

/** What an indicator counts. {@code FREE} carries its own unit label (e.g. "places", "familles"). */
public enum IndicatorUnit {
    COUNT,
    PERCENT,
    EUROS,
    HOURS,
    FREE
}
