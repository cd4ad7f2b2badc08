package fr.ctg.query.actionprogress;

import fr.ctg.actionplan.indicator.query.IndicatorCounts;
import fr.ctg.query.indicator.YearlyValues;

import java.util.List;

/** The indicator counts of an action, and of the actions a view counts, for one year. */
final class IndicatorFigures {

    private IndicatorFigures() {
    }

    static IndicatorCounts counts(int year, List<YearlyValues> indicators) {
        return new IndicatorCounts(year, indicators.size(),
                (int) indicators.stream().filter(values -> values.measuredIn(year)).count(),
                (int) indicators.stream().filter(values -> values.onTrack(year)).count());
    }

    static IndicatorCounts total(int year, List<IndicatorCounts> counts) {
        return new IndicatorCounts(year, counts.stream().mapToInt(IndicatorCounts::indicators).sum(),
                counts.stream().mapToInt(IndicatorCounts::measuredThisYear).sum(),
                counts.stream().mapToInt(IndicatorCounts::onTrack).sum());
    }
}
