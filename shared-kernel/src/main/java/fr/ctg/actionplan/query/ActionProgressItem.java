package fr.ctg.actionplan.query;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.indicator.query.IndicatorCounts;
import fr.ctg.convention.Period;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code perimeterCodes} are the perimeters the scope touches, resolved from its perimeters and communes;
 * {@code indicators} counts the action's indicators for the year of the view's {@code asOf}.
 */
public record ActionProgressItem(String actionId, String title, String themeCode, String stakeCode,
                                 ActionLevel level, Period period, ActionScope scope, List<String> perimeterCodes,
                                 ActionStatus status, LocalDate statusOn, String note, String reason,
                                 boolean overdue, IndicatorCounts indicators) {
}
