package fr.ctg.reminder;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.YearValue;
import fr.ctg.actionplan.indicator.query.IndicatorView;
import fr.ctg.actionplan.indicator.query.MeasureView;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.Period;
import fr.ctg.route.LegalityControl;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RemindersTest {

    private static final String ID = "ctg-test";
    private static final ReminderThresholds T = ReminderThresholds.DEFAULTS;
    private static final LocalDate VOTE = LocalDate.of(2023, 9, 6);

    @Test
    void aMissingReceiptIsRaisedOnTheThresholdsDayAfterTheVoteAndNotBefore() {
        ConventionFacts facts = councils(adopted("42110", "L'Horme", VOTE, null, null));

        assertThat(Reminders.of(facts, VOTE.plusDays(14), T)).extracting(Reminder::kind)
                .doesNotContain(ReminderKind.RECEIPT_MISSING);
        List<Reminder> due = kind(Reminders.of(facts, VOTE.plusDays(15), T), ReminderKind.RECEIPT_MISSING);

        assertThat(due).singleElement().satisfies(r -> {
            assertThat(r.dueOn()).isEqualTo(LocalDate.of(2023, 9, 21));
            assertThat(r.subjectType()).isEqualTo(SubjectType.COMMUNE);
            assertThat(r.subjectId()).isEqualTo("42110");
            assertThat(r.label()).isEqualTo("L'Horme : accusé de réception de la préfecture manquant "
                    + "(délibération votée le 6 septembre 2023)");
        });
    }

    @Test
    void aRecordedReceiptRaisesNoReceiptReminder() {
        ConventionFacts facts = councils(adopted("42110", "L'Horme", VOTE, VOTE.plusDays(2), null));

        assertThat(kind(Reminders.of(facts, VOTE.plusDays(40), T), ReminderKind.RECEIPT_MISSING)).isEmpty();
    }

    @Test
    void aMissingPublicationIsRaisedAfterItsOwnThreshold() {
        ConventionFacts facts = councils(adopted("42110", "L'Horme", VOTE, VOTE.plusDays(2), null));
        ReminderThresholds tenDays = new ReminderThresholds(15, 10, 15, 90, MonthDay.of(3, 31), 12);

        assertThat(kind(Reminders.of(facts, VOTE.plusDays(9), tenDays), ReminderKind.PUBLICATION_MISSING)).isEmpty();
        assertThat(kind(Reminders.of(facts, VOTE.plusDays(10), tenDays), ReminderKind.PUBLICATION_MISSING))
                .singleElement().extracting(Reminder::dueOn).isEqualTo(VOTE.plusDays(10));
    }

    @Test
    void theLegalityWindowIsRaisedWithinItsLastDaysAndNoLongerOnceClosed() {
        LocalDate received = LocalDate.of(2023, 9, 13);
        LocalDate end = LegalityControl.receivedOn(received).windowEndsOn();
        ConventionFacts facts = councils(executory("42186", "Rive-de-Gier", received, end));

        assertThat(kind(Reminders.of(facts, end.minusDays(16), T), ReminderKind.LEGALITY_WINDOW_ENDING)).isEmpty();
        assertThat(kind(Reminders.of(facts, end.minusDays(15), T), ReminderKind.LEGALITY_WINDOW_ENDING))
                .singleElement().satisfies(r -> {
                    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2023, 11, 13));
                    assertThat(r.label()).isEqualTo("Rive-de-Gier : le délai du contrôle de légalité s'achève le 13 novembre 2023");
                });
        assertThat(kind(Reminders.of(facts, end.plusDays(1), T), ReminderKind.LEGALITY_WINDOW_ENDING)).isEmpty();
    }

    @Test
    void aCouncilPresentedButNotVotedByThePlannedDayIsRaised() {
        LocalDate presented = LocalDate.of(2023, 6, 1);
        ConventionFacts facts = councils(presented("244200770", "Saint-Étienne Métropole", presented));

        assertThat(kind(Reminders.of(facts, presented.plusDays(89), T), ReminderKind.VOTE_NOT_HELD)).isEmpty();
        assertThat(kind(Reminders.of(facts, presented.plusDays(90), T), ReminderKind.VOTE_NOT_HELD))
                .singleElement().satisfies(r -> {
                    assertThat(r.subjectType()).isEqualTo(SubjectType.EPCI);
                    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2023, 8, 30));
                });
    }

    @Test
    void anIndicatorWithoutLastYearsMeasureIsRaisedFromTheDueDayOn() {
        ActionProgressItem action = action("pe-01", ActionStatus.IN_PROGRESS, false);
        IndicatorView measured2023 = indicator("pe-01", "places", 2023);
        IndicatorView neverMeasured = indicator("pe-01", "familles", null);
        ConventionFacts facts = new ConventionFacts(ID, new Period(2023, 2027), List.of(), List.of(action),
                List.of(measured2023, neverMeasured), List.of(copil(LocalDate.of(2024, 2, 1))));

        assertThat(kind(Reminders.of(facts, LocalDate.of(2024, 3, 30), T), ReminderKind.INDICATOR_NOT_MEASURED))
                .isEmpty();
        assertThat(kind(Reminders.of(facts, LocalDate.of(2024, 3, 31), T), ReminderKind.INDICATOR_NOT_MEASURED))
                .singleElement().satisfies(r -> {
                    assertThat(r.subjectId()).isEqualTo("pe-01/familles");
                    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2024, 3, 31));
                    assertThat(r.label()).contains("mesure 2023 à saisir");
                });
    }

    @Test
    void anIndicatorOfAnAbandonedActionIsNotAskedFor() {
        ConventionFacts facts = new ConventionFacts(ID, new Period(2023, 2027), List.of(),
                List.of(action("pe-01", ActionStatus.ABANDONED, false)), List.of(indicator("pe-01", "familles", null)),
                List.of(copil(LocalDate.of(2024, 2, 1))));

        assertThat(kind(Reminders.of(facts, LocalDate.of(2024, 6, 1), T), ReminderKind.INDICATOR_NOT_MEASURED))
                .isEmpty();
    }

    @Test
    void anOverdueActionIsDueOnItsPeriodsLastDay() {
        ConventionFacts facts = new ConventionFacts(ID, new Period(2023, 2027), List.of(),
                List.of(action("pe-01", ActionStatus.IN_PROGRESS, true), action("pe-02", ActionStatus.DONE, false)),
                List.of(), List.of(copil(LocalDate.of(2025, 2, 1))));

        assertThat(kind(Reminders.of(facts, LocalDate.of(2025, 2, 2), T), ReminderKind.ACTION_OVERDUE))
                .singleElement().satisfies(r -> {
                    assertThat(r.subjectId()).isEqualTo("pe-01");
                    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2024, 12, 31));
                });
    }

    @Test
    void aCopilIsDueTwelveMonthsAfterTheLastOne() {
        ConventionFacts facts = new ConventionFacts(ID, new Period(2023, 2027), List.of(), List.of(), List.of(),
                List.of(copil(LocalDate.of(2023, 4, 6)), cotech(LocalDate.of(2024, 1, 10))));

        assertThat(kind(Reminders.of(facts, LocalDate.of(2024, 4, 5), T), ReminderKind.COPIL_DUE)).isEmpty();
        assertThat(kind(Reminders.of(facts, LocalDate.of(2024, 4, 6), T), ReminderKind.COPIL_DUE))
                .singleElement().satisfies(r -> {
                    assertThat(r.subjectType()).isEqualTo(SubjectType.CONVENTION);
                    assertThat(r.dueOn()).isEqualTo(LocalDate.of(2024, 4, 6));
                    assertThat(r.label()).isEqualTo("Comité de pilotage à réunir : le dernier s'est tenu le 6 avril 2023");
                });
    }

    @Test
    void withoutAnyCopilOneIsDueAYearAfterThePeriodBegan() {
        ConventionFacts facts = new ConventionFacts(ID, new Period(2023, 2027), List.of(), List.of(), List.of(),
                List.of());

        assertThat(kind(Reminders.of(facts, LocalDate.of(2024, 1, 1), T), ReminderKind.COPIL_DUE))
                .singleElement().extracting(Reminder::dueOn).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(kind(Reminders.of(facts, LocalDate.of(2028, 1, 1), T), ReminderKind.COPIL_DUE)).isEmpty();
    }

    @Test
    void remindersComeByDueDayWithUidsThatDependOnTheirFactsOnly() {
        ConventionFacts facts = councils(adopted("42110", "L'Horme", VOTE, null, null),
                adopted("42186", "Rive-de-Gier", VOTE.minusDays(30), null, null));

        List<Reminder> first = Reminders.of(facts, VOTE.plusDays(40), T);
        List<Reminder> later = Reminders.of(facts, VOTE.plusDays(41), T);

        assertThat(first).extracting(Reminder::dueOn).isSorted();
        assertThat(first).extracting(Reminder::uid).doesNotHaveDuplicates().isEqualTo(later.stream().map(Reminder::uid).toList());
        assertThat(first.get(0).uid()).isEqualTo("receipt-missing.ctg-test.42186.2023-08-22@ctg-lifecycle");
    }

    private static List<Reminder> kind(List<Reminder> reminders, ReminderKind kind) {
        return reminders.stream().filter(r -> r.kind() == kind).toList();
    }

    /** Councils only, with a recent COPIL so that none is due. */
    private static ConventionFacts councils(CommuneApprovalView... councils) {
        return new ConventionFacts(ID, new Period(2023, 2027), List.of(councils), List.of(), List.of(),
                List.of(copil(VOTE.minusDays(1))));
    }

    private static CommuneApprovalView presented(String id, String name, LocalDate on) {
        return council(id, name, PartyKind.EPCI, CommuneStage.PRESENTED, on, null, null, null, null, null);
    }

    private static CommuneApprovalView adopted(String id, String name, LocalDate votedOn, LocalDate receivedOn,
                                               LocalDate publishedOn) {
        LocalDate windowEnd = receivedOn == null ? null : LegalityControl.receivedOn(receivedOn).windowEndsOn();
        return council(id, name, PartyKind.COMMUNE, CommuneStage.ADOPTED, votedOn, votedOn, receivedOn, publishedOn,
                null, windowEnd);
    }

    private static CommuneApprovalView executory(String id, String name, LocalDate receivedOn, LocalDate windowEnd) {
        return council(id, name, PartyKind.COMMUNE, CommuneStage.EXECUTORY, receivedOn.minusDays(7),
                receivedOn.minusDays(7), receivedOn, receivedOn, receivedOn, windowEnd);
    }

    private static CommuneApprovalView council(String id, String name, PartyKind kind, CommuneStage stage,
                                               LocalDate presentedOn, LocalDate votedOn, LocalDate receivedOn,
                                               LocalDate publishedOn, LocalDate executoryOn, LocalDate windowEnd) {
        return new CommuneApprovalView(ID, kind == PartyKind.EPCI ? null : "P1", id, name, 1000, stage, presentedOn,
                votedOn, votedOn == null ? 0 : 1, votedOn == null ? null : VoteOutcome.ADOPTED, null, null, null, null,
                null, null, null, receivedOn, receivedOn, publishedOn, executoryOn, null, null, kind, null, null, null,
                null, null, null, windowEnd, false, null, null, null, List.of(), List.of(), null, null);
    }

    private static ActionProgressItem action(String id, ActionStatus status, boolean overdue) {
        return new ActionProgressItem(id, "Action " + id, "PE", "PE-1", ActionLevel.INTERCOMMUNAL, new Period(2023, 2024),
                new ActionScope(List.of("P1"), List.of()), List.of("P1"), status, null, null, null, overdue, null);
    }

    private static IndicatorView indicator(String actionId, String id, Integer measuredYear) {
        List<MeasureView> measures = measuredYear == null ? List.of() : List.of(new MeasureView(measuredYear, null,
                BigDecimal.TEN, BigDecimal.TEN, "source", null, "claire", Instant.parse("2024-01-15T10:00:00Z"), List.of()));
        return new IndicatorView(actionId, id, "Indicateur " + id, IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE,
                new YearValue(BigDecimal.ONE, 2022), new YearValue(BigDecimal.TEN, 2027), null, measures, null, false);
    }

    private static MeetingView copil(LocalDate on) {
        return new MeetingView("copil-" + on, MeetingKind.COPIL, on, null, List.of(), List.of(), null, List.of());
    }

    private static MeetingView cotech(LocalDate on) {
        return new MeetingView("cotech-" + on, MeetingKind.COTECH, on, null, List.of(), List.of(), null, List.of());
    }
}
