package fr.ctg.actionplan.committee.query;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.committee.DecisionKind;

/**
 * One decision; as in the command, the fields that count depend on {@code kind}. A decision on an action shows the
 * status it had before ({@code previousStatus}) and the one the committee gave it.
 */
public record DecisionView(DecisionKind kind, Integer year, String actionId, ActionStatus previousStatus,
                           ActionStatus status, String reason, String text) {
}
