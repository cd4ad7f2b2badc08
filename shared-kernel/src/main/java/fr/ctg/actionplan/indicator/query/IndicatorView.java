package fr.ctg.actionplan.indicator.query;

import fr.ctg.actionplan.indicator.IndicatorAssessment;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.YearValue;

import java.util.List;

/**
 * One indicator with every measure, by year then scope (whole scope first). {@code assessment} judges the latest
 * whole-scope measure of a year up to the asked year, null when there is none; {@code measuredThisYear} says whether
 * the asked year has a whole-scope measure.
 */
public record IndicatorView(String actionId, String indicatorId, String label, IndicatorUnit unit, String unitLabel,
                            IndicatorDirection direction, YearValue baseline, YearValue target, IndicatorScope scope,
                            List<MeasureView> measures, IndicatorAssessment assessment, boolean measuredThisYear) {
}
