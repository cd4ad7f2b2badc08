package fr.ctg.actionplan.query;

import java.time.LocalDate;
import java.util.List;

/** Totals and breakdowns cover every action matching the filters; {@code items} is one page of them. */
public record ActionProgressView(String conventionId, LocalDate asOf, ProgressCounts totals,
                                 List<ProgressBreakdown> byTheme, List<ProgressBreakdown> byLevel,
                                 List<ProgressBreakdown> byPeriod, List<ProgressBreakdown> byPerimeter,
                                 List<ActionProgressItem> items, int page, int size, long totalItems) {
}
