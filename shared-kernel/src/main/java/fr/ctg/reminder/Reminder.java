package fr.ctg.reminder;

import java.time.LocalDate;

/**
 * One thing a coordinator should see to, due on a Paris day.
 *
 * @param subjectId   the INSEE code of a commune, the SIREN of the EPCI, an action's id, {@code action/indicator}
 *                    for an indicator, the convention's id for the convention itself
 * @param subjectName how people name it (the commune's name, the action's title...)
 * @param dueOn       the day it is (or was) due: the calendar shows the reminder on that day
 * @param label       the reminder in French, as the dashboard and the calendar show it
 */
public record Reminder(ReminderKind kind, String conventionId, SubjectType subjectType, String subjectId,
                       String subjectName, LocalDate dueOn, String label) {

    /** Stable while the reminder's facts hold: the calendar's UID, so a subscribed calendar updates it in place. */
    public String uid() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "." + conventionId + "."
                + subjectId.replace('/', '.') + "." + dueOn + "@ctg-lifecycle";
    }
}
