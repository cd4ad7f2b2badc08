package fr.ctg.actionplan.query;

import fr.ctg.actionplan.ActionStatus;

import java.math.BigDecimal;
import java.util.Map;

/** {@code shareDone} is DONE over all actions counted, rounded half-up to 4 decimals. */
public record ProgressCounts(int actions, Map<ActionStatus, Integer> byStatus, BigDecimal shareDone, int overdue) {
}
