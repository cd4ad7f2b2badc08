package fr.ctg.reminder;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.actionplan.indicator.query.IndicatorView;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.convention.PartyKind;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reminders of a convention on a Paris day, drawn from its views' rows as they stood that day: the one function
 * the API, the dashboard, the calendar feed and the gauges use. A reminder is raised once its day has come (a
 * receipt missing 15 days after the vote is raised on the 15th day) and stays while its facts hold; the legality
 * window is the exception, raised ahead of its last day.
 */
public final class Reminders {

    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final Comparator<Reminder> ORDER = Comparator.comparing(Reminder::dueOn)
            .thenComparing(Reminder::kind).thenComparing(Reminder::subjectId);

    private Reminders() {
    }

    public static List<Reminder> of(ConventionFacts facts, LocalDate day, ReminderThresholds thresholds) {
        List<Reminder> reminders = new ArrayList<>();
        for (CommuneApprovalView council : facts.councils()) {
            councilReminders(facts.conventionId(), council, day, thresholds, reminders);
        }
        for (ActionProgressItem action : facts.actions()) {
            if (action.overdue()) {
                LocalDate end = LocalDate.of(action.period().endYear(), 12, 31);
                reminders.add(new Reminder(ReminderKind.ACTION_OVERDUE, facts.conventionId(), SubjectType.ACTION,
                        action.actionId(), action.title(), end, "Action « " + action.title()
                        + " » en retard : sa période s'est achevée le " + french(end)));
            }
        }
        indicatorReminders(facts, day, thresholds, reminders);
        copilReminder(facts, day, thresholds, reminders);
        reminders.sort(ORDER);
        return List.copyOf(reminders);
    }

    private static void councilReminders(String conventionId, CommuneApprovalView council, LocalDate day,
                                         ReminderThresholds thresholds, List<Reminder> out) {
        SubjectType type = council.kind() == PartyKind.EPCI ? SubjectType.EPCI : SubjectType.COMMUNE;
        if (council.stage() == CommuneStage.PRESENTED && council.presentedOn() != null) {
            LocalDate due = council.presentedOn().plusDays(thresholds.voteDays());
            if (!day.isBefore(due)) {
                out.add(new Reminder(ReminderKind.VOTE_NOT_HELD, conventionId, type, council.inseeCode(),
                        council.name(), due, council.name() + " : vote du conseil prévu au plus tard le "
                        + french(due) + " (présentation le " + french(council.presentedOn()) + ")"));
            }
        }
        if (council.stage() == CommuneStage.ADOPTED && council.votedOn() != null) {
            LocalDate receiptDue = council.votedOn().plusDays(thresholds.receiptDays());
            if (council.transmissionReceivedOn() == null && !day.isBefore(receiptDue)) {
                out.add(new Reminder(ReminderKind.RECEIPT_MISSING, conventionId, type, council.inseeCode(),
                        council.name(), receiptDue, council.name() + " : accusé de réception de la préfecture "
                        + "manquant (délibération votée le " + french(council.votedOn()) + ")"));
            }
            LocalDate publicationDue = council.votedOn().plusDays(thresholds.publicationDays());
            if (council.publishedOn() == null && !day.isBefore(publicationDue)) {
                out.add(new Reminder(ReminderKind.PUBLICATION_MISSING, conventionId, type, council.inseeCode(),
                        council.name(), publicationDue, council.name() + " : publication de la délibération "
                        + "manquante (votée le " + french(council.votedOn()) + ")"));
            }
        }
        // The view's window end is LegalityControl's: null while suspended by a letter, and once referred.
        LocalDate windowEnd = council.controlWindowEndsOn();
        if (windowEnd != null && council.stage().inConvention() && !day.isAfter(windowEnd)
                && ChronoUnit.DAYS.between(day, windowEnd) <= thresholds.legalityWindowDays()) {
            out.add(new Reminder(ReminderKind.LEGALITY_WINDOW_ENDING, conventionId, type, council.inseeCode(),
                    council.name(), windowEnd, council.name() + " : le délai du contrôle de légalité s'achève le "
                    + french(windowEnd)));
        }
    }

    /** Last year's measure of every indicator of an action still expected, due on the thresholds' day this year. */
    private static void indicatorReminders(ConventionFacts facts, LocalDate day, ReminderThresholds thresholds,
                                           List<Reminder> out) {
        int year = day.getYear() - 1;
        LocalDate due = thresholds.indicatorsDueOn().atYear(day.getYear());
        if (!facts.period().contains(year) || day.isBefore(due)) {
            return;
        }
        Map<String, ActionProgressItem> actions = facts.actions().stream()
                .collect(Collectors.toMap(ActionProgressItem::actionId, Function.identity(), (a, b) -> a));
        for (IndicatorView indicator : facts.indicators()) {
            ActionProgressItem action = actions.get(indicator.actionId());
            if (action == null || action.status() == ActionStatus.ABANDONED || !action.period().contains(year)) {
                continue; // not in the plan in force, given up, or not running that year: nothing to measure
            }
            boolean measured = indicator.measures().stream().anyMatch(m -> m.year() == year && m.scope() == null);
            if (!measured) {
                out.add(new Reminder(ReminderKind.INDICATOR_NOT_MEASURED, facts.conventionId(), SubjectType.INDICATOR,
                        indicator.actionId() + "/" + indicator.indicatorId(), indicator.label(), due,
                        "Indicateur « " + indicator.label() + " » (action " + indicator.actionId()
                                + ") : mesure " + year + " à saisir"));
            }
        }
    }

    /** A COPIL is due a span after the last one, or after the period's first day when none has met yet. */
    private static void copilReminder(ConventionFacts facts, LocalDate day, ReminderThresholds thresholds,
                                      List<Reminder> out) {
        if (day.getYear() > facts.period().endYear()) {
            return;
        }
        LocalDate last = facts.meetings().stream().filter(m -> m.kind() == MeetingKind.COPIL)
                .map(MeetingView::date).filter(Objects::nonNull).filter(d -> !d.isAfter(day))
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate from = last != null ? last : LocalDate.of(facts.period().startYear(), 1, 1);
        LocalDate due = from.plusMonths(thresholds.copilMonths());
        if (!day.isBefore(due)) {
            out.add(new Reminder(ReminderKind.COPIL_DUE, facts.conventionId(), SubjectType.CONVENTION,
                    facts.conventionId(), facts.conventionId(), due, last != null
                    ? "Comité de pilotage à réunir : le dernier s'est tenu le " + french(last)
                    : "Comité de pilotage à réunir : aucun ne s'est tenu depuis le début de la période"));
        }
    }

    static String french(LocalDate day) {
        return day.format(FRENCH_DAY);
    }
}
