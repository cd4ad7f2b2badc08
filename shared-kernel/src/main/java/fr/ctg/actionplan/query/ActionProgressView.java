package fr.ctg.actionplan.query;

import fr.ctg.actionplan.indicator.query.IndicatorCounts;

import java.time.LocalDate;
import java.util.List;

/**
 * Totals and breakdowns cover every action matching the filters; {@code items} is one page of them.
 * {@code indicators} counts the indicators of every matching action for the year of {@code asOf}.
 */
public record ActionProgressView(String conventionId, LocalDate asOf, ProgressCounts totals,
                                 List<ProgressBreakdown> byTheme, List<ProgressBreakdown> byLevel,
                                 List<ProgressBreakdown> byPeriod, List<ProgressBreakdown> byPerimeter,
                                 List<ActionProgressItem> items, int page, int size, long totalItems,
                                 IndicatorCounts indicators) {
}
