package fr.ctg.actionplan.committee;

import fr.ctg.actionplan.ActionStatus;

/**
 * One decision of a meeting, as a command gives it: which fields count depends on its {@link DecisionKind}
 * (the others are left null).
 */
public record MeetingDecision(DecisionKind kind, Integer year, String actionId, ActionStatus status, String reason,
                              String text) {
}
