package fr.ctg.query.indicator;

import fr.ctg.actionplan.indicator.IndicatorAssessment;
import fr.ctg.actionplan.indicator.IndicatorDefinition;

import java.math.BigDecimal;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * An indicator's current whole-scope value of each measured year, and how the views judge it for a year: on its
 * latest measure of that year or before, by the shared rule {@link IndicatorDefinition#assess}. Both the indicator
 * view and the action-progress counts judge this one way.
 */
public record YearlyValues(IndicatorDefinition definition, NavigableMap<Integer, BigDecimal> values) {

    public static YearlyValues of(IndicatorDefinition definition, Map<Integer, BigDecimal> values) {
        return new YearlyValues(definition, new TreeMap<>(values));
    }

    /** Null while the indicator has no whole-scope measure up to {@code year}. */
    public IndicatorAssessment assessment(int year) {
        Map.Entry<Integer, BigDecimal> latest = values.floorEntry(year);
        return latest == null ? null : definition.assess(latest.getKey(), latest.getValue());
    }

    public boolean measuredIn(int year) {
        return values.containsKey(year);
    }

    public boolean onTrack(int year) {
        IndicatorAssessment assessment = assessment(year);
        return assessment != null && assessment.onTrack();
    }
}
