package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.convention.Period;

import java.time.LocalDate;

import static fr.ctg.command.convention.RuleViolation.check;

/**
 * The one rule of an action's status change, whoever asks: the coordinator's update, or a committee's decision
 * (which names its meeting as the cause).
 */
final class ActionStatusRules {

    private ActionStatusRules() {
    }

    /** {@code current} is the action's status, null when the convention has no such action. */
    static ActionStatusUpdated change(String conventionId, Period period, String actionId, ActionStatus current,
                                      ActionStatus status, LocalDate on, String note, String reason, String meetingId) {
        if (current == null) {
            throw RuleViolation.notFound("action-not-found", "The convention has no action " + actionId + ".");
        }
        check(!current.isFinal(), "action-already-done", "Action " + actionId + " is done; done is final.");
        check(status != null, "action-status-required", "Give the action's new status.");
        check(!status.needsReason() || (reason != null && !reason.isBlank()),
                "action-status-reason-required", "A " + status + " action states its reason.");
        check(on != null, "date-required", "A date is required.");
        check(period.contains(on.getYear()), "date-outside-convention-period",
                "The date " + on + " lies outside the convention's period " + period + ".");
        return new ActionStatusUpdated(conventionId, actionId, current, status, on, note, reason, meetingId);
    }
}
