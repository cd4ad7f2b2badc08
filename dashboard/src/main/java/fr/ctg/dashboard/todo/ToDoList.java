package fr.ctg.dashboard.todo;

import fr.ctg.reminder.Reminder;
import fr.ctg.reminder.ReminderKind;
import fr.ctg.route.query.RouteStep;

import java.util.List;
import java.util.Map;

/**
 * What a coordinator has to do, grouped by kind and, within a kind, by date: the councils' next steps, then the open
 * reminders, with the name of each convention by id. {@code summary} says it in one French sentence ("2 transmissions
 * et 14 présentations à faire"), with the full counts even when a group shows only its first items.
 */
public record ToDoList(String summary, List<StepGroup> steps, List<ReminderGroup> reminders,
                       Map<String, String> conventionNames) {

    /** @param total how many councils take this step; {@code items} may hold only the first of them */
    public record StepGroup(RouteStep step, String title, List<NextStep> items, int total) {

        /** How many of the group are not shown. */
        public int hidden() {
            return total - items.size();
        }
    }

    /** @param total how many reminders of this kind are open; {@code items} may hold only the first of them */
    public record ReminderGroup(ReminderKind kind, String title, List<Reminder> items, int total) {

        public int hidden() {
            return total - items.size();
        }
    }

    public boolean empty() {
        return steps.isEmpty() && reminders.isEmpty();
    }
}
