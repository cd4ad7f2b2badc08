package fr.ctg.dashboard.todo;

import fr.ctg.reminder.Reminder;
import fr.ctg.reminder.ReminderKind;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link ToDoList} from the commune approval rows and the reminders. The next step of a council is the first
 * step the view says it lacks, which the shared kernel's {@code RouteProgress} decides; nothing is derived again here.
 */
final class ToDoLists {

    /** Steps nearest to an executory deliberation first: they unblock the signature soonest. */
    private static final List<RouteStep> STEP_ORDER = List.of(RouteStep.PUBLICATION, RouteStep.PREFECTURE_TRANSMISSION,
            RouteStep.ADOPTED_VOTE, RouteStep.PRESENTATION);
    private static final Map<RouteStep, String[]> NOUNS = Map.of(
            RouteStep.PUBLICATION, new String[]{"publication", "publications"},
            RouteStep.PREFECTURE_TRANSMISSION, new String[]{"transmission", "transmissions"},
            RouteStep.ADOPTED_VOTE, new String[]{"vote", "votes"},
            RouteStep.PRESENTATION, new String[]{"présentation", "présentations"});
    private static final Map<RouteStep, String> STEP_TITLES = Map.of(
            RouteStep.PUBLICATION, "Publications à faire",
            RouteStep.PREFECTURE_TRANSMISSION, "Transmissions en préfecture à faire",
            RouteStep.ADOPTED_VOTE, "Votes du conseil attendus",
            RouteStep.PRESENTATION, "Présentations en conseil à faire");
    private static final Map<ReminderKind, String> REMINDER_TITLES = new EnumMap<>(Map.of(
            ReminderKind.RECEIPT_MISSING, "Accusés de réception de la préfecture manquants",
            ReminderKind.PUBLICATION_MISSING, "Publications en retard",
            ReminderKind.LEGALITY_WINDOW_ENDING, "Contrôle de légalité : délais qui s'achèvent",
            ReminderKind.VOTE_NOT_HELD, "Votes non tenus à la date prévue",
            ReminderKind.INDICATOR_NOT_MEASURED, "Indicateurs à mesurer",
            ReminderKind.ACTION_OVERDUE, "Actions en retard",
            ReminderKind.COPIL_DUE, "Comités de pilotage à réunir"));
    private static final Comparator<NextStep> BY_DATE = Comparator.comparing(NextStep::since,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(NextStep::councilName);

    private ToDoLists() {
    }

    /** Every item of every group: one convention's list, bounded by its councils. */
    static ToDoList of(Map<String, String> conventionNames, List<CommuneApprovalView> councils,
                       List<Reminder> reminders) {
        return of(conventionNames, councils, reminders, Integer.MAX_VALUE);
    }

    /**
     * @param conventionNames the name of each convention the councils belong to, by id
     * @param shownPerGroup   how many items each group keeps, those that have waited longest (the order shown); the
     *                        group's total and the summary still count them all
     */
    static ToDoList of(Map<String, String> conventionNames, List<CommuneApprovalView> councils,
                       List<Reminder> reminders, int shownPerGroup) {
        Map<RouteStep, List<NextStep>> byStep = new EnumMap<>(RouteStep.class);
        for (CommuneApprovalView council : councils) {
            if (council.missing() == null || council.missing().isEmpty()) {
                continue;
            }
            RouteStep next = council.missing().get(0);
            byStep.computeIfAbsent(next, step -> new ArrayList<>()).add(new NextStep(council.conventionId(),
                    conventionNames.getOrDefault(council.conventionId(), council.conventionId()), council.kind(),
                    council.inseeCode(), council.name(), next, since(council, next)));
        }
        List<ToDoList.StepGroup> steps = new ArrayList<>();
        for (RouteStep step : STEP_ORDER) {
            List<NextStep> items = byStep.getOrDefault(step, List.of());
            if (!items.isEmpty()) {
                steps.add(new ToDoList.StepGroup(step, STEP_TITLES.get(step),
                        items.stream().sorted(BY_DATE).limit(shownPerGroup).toList(), items.size()));
            }
        }
        Map<ReminderKind, List<Reminder>> byKind = new EnumMap<>(ReminderKind.class);
        for (Reminder reminder : reminders) {
            byKind.computeIfAbsent(reminder.kind(), kind -> new ArrayList<>()).add(reminder);
        }
        List<ToDoList.ReminderGroup> reminderGroups = byKind.entrySet().stream()
                .map(e -> new ToDoList.ReminderGroup(e.getKey(), REMINDER_TITLES.get(e.getKey()), e.getValue().stream()
                        .sorted(Comparator.comparing(Reminder::dueOn)).limit(shownPerGroup).toList(),
                        e.getValue().size()))
                .toList();
        return new ToDoList(summary(steps, reminders.size()), List.copyOf(steps), reminderGroups,
                Map.copyOf(conventionNames));
    }

    /** "2 transmissions et 14 présentations à faire ; 3 rappels" */
    static String summary(List<ToDoList.StepGroup> steps, int reminders) {
        List<String> parts = steps.stream().map(g -> g.total() + " "
                + NOUNS.get(g.step())[g.total() > 1 ? 1 : 0]).toList();
        String reminderPart = reminders == 0 ? "" : reminders + (reminders > 1 ? " rappels ouverts" : " rappel ouvert");
        if (parts.isEmpty()) {
            return reminders == 0 ? "Rien à faire pour l'instant." : reminderPart + ".";
        }
        String route = parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " et " + parts.get(parts.size() - 1);
        return route + " à faire" + (reminderPart.isEmpty() ? "." : " ; " + reminderPart + ".");
    }

    private static LocalDate since(CommuneApprovalView council, RouteStep step) {
        return switch (step) {
            case PRESENTATION -> council.endedOn() != null ? council.endedOn() : council.votedOn();
            case ADOPTED_VOTE -> council.presentedOn();
            case PREFECTURE_TRANSMISSION, PUBLICATION -> council.votedOn();
            default -> null;
        };
    }
}
