package fr.ctg.actionplan.indicator.query;

import java.util.List;

/** {@code actionId} is null for a whole convention's list. */
public record IndicatorList(String conventionId, String actionId, int year, List<IndicatorView> indicators) {
}
