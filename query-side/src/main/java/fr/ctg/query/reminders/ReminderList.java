package fr.ctg.query.reminders;

import fr.ctg.reminder.Reminder;

import java.time.LocalDate;
import java.util.List;

/** The answer of {@code GET /api/v1/reminders}: the reminders on a Paris day, by due day. */
public record ReminderList(LocalDate asOf, int count, List<Reminder> reminders) {

    public static ReminderList of(LocalDate asOf, List<Reminder> reminders) {
        return new ReminderList(asOf, reminders.size(), reminders);
    }
}
