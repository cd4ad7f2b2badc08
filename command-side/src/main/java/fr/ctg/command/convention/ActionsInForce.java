package fr.ctg.command.convention;

import fr.ctg.amendment.EndedAction;

import java.time.LocalDate;
import java.util.Optional;


/**
 * The one rule for anything dated that concerns an action (a status update, a committee's decision, an indicator
 * measure): it applies to the version of the plan in force on its date, so the action must be in that version, not
 * ended by an amendment on or before that day, nor brought in by one after it.
 */
final class ActionsInForce {

    private ActionsInForce() {
    }

    /** {@code ended}: the amendment that ended the action, if any; {@code startedOn}: when one brought it in. */
    static void check(String actionId, LocalDate on, Optional<EndedAction> ended, Optional<LocalDate> startedOn) {
        if (on == null) {
            return;
        }
        ended.ifPresent(end -> RuleViolation.check(on.isBefore(end.endedOn()), "action-ended-by-amendment",
                "Action " + actionId + " was ended by amendment no. " + end.amendmentNumber() + " on "
                        + end.endedOn() + "; nothing dated " + on + " applies to it."));
        startedOn.ifPresent(start -> RuleViolation.check(!on.isBefore(start), "action-not-yet-in-force",
                "Action " + actionId + " is in the plan from " + start + " only."));
    }
}
