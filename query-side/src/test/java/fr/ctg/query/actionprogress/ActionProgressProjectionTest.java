package fr.ctg.query.actionprogress;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.amendment.PlanChange;
import fr.ctg.query.support.AmendmentSteps;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.GivenSignature;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.actionplan.query.FindActionsOfConventions;
import fr.ctg.actionplan.query.ProgressBreakdown;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.actionplan.indicator.query.IndicatorCounts;
import fr.ctg.query.support.History;
import fr.ctg.query.support.TestIndicators;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.C;
import static fr.ctg.query.support.TestConvention.D;
import static fr.ctg.query.support.TestConvention.E;
import static fr.ctg.query.support.TestConvention.action;
import static fr.ctg.query.support.TestConvention.defined;
import static org.assertj.core.api.Assertions.assertThat;

class ActionProgressProjectionTest {

    private static final String ID = "ctg-test";
    private static final LocalDate EARLY_2025 = LocalDate.of(2025, 2, 1);

    private final ActionProgressProjection projection = new ActionProgressProjection(ReadModelDatabase.jdbc());

    @BeforeEach
    void clear() {
        ReadModelDatabase.clear(projection.tables());
    }

    /**
     * a1 done, a2 in progress, a3 postponed, a4 planned, a5 (added, commune A of P1, 2023) abandoned; a1 and a2 have
     * the {@link TestIndicators}.
     */
    private History plan() {
        History plan = statuses();
        TestIndicators.events(ID).forEach(plan::add);
        return plan;
    }

    private History statuses() {
        return new History()
                .add(defined(ID))
                .add(new ActionAdded(ID, action("a5", "EJ", ActionLevel.COMMUNAL, 2023, 2023, List.of(), List.of(A))))
                .add(new ActionStatusUpdated(ID, "a1", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                        LocalDate.of(2023, 5, 1), "lancée", null))
                .add(new ActionStatusUpdated(ID, "a1", ActionStatus.IN_PROGRESS, ActionStatus.DONE,
                        LocalDate.of(2024, 6, 1), "terminée", null))
                .add(new ActionStatusUpdated(ID, "a2", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                        LocalDate.of(2025, 1, 10), null, null))
                .add(new ActionStatusUpdated(ID, "a3", ActionStatus.PLANNED, ActionStatus.POSTPONED,
                        LocalDate.of(2024, 3, 1), null, "pas de local"))
                .add(new ActionStatusUpdated(ID, "a5", ActionStatus.PLANNED, ActionStatus.ABANDONED,
                        LocalDate.of(2023, 11, 1), null, "doublon"));
    }

    private ActionProgressView find(String perimeter, String theme, Period period, ActionStatus status,
                                    ActionLevel level, boolean overdueOnly, LocalDate asOf, int page, int size) {
        return projection.handle(new FindActionProgress(ID, perimeter, theme, period, status, level, overdueOnly,
                asOf, new PageRequest(page, size)));
    }

    private ActionProgressView all(LocalDate asOf) {
        return find(null, null, null, null, null, false, asOf, 0, 50);
    }

    @Test
    void countsStatusesShareDoneAndOverdueAsOfADate() {
        plan().deliverTo(projection);

        ActionProgressView view = all(EARLY_2025);

        assertThat(view.totals().actions()).isEqualTo(5);
        assertThat(view.totals().byStatus()).containsEntry(ActionStatus.DONE, 1)
                .containsEntry(ActionStatus.IN_PROGRESS, 1).containsEntry(ActionStatus.POSTPONED, 1)
                .containsEntry(ActionStatus.PLANNED, 1).containsEntry(ActionStatus.ABANDONED, 1);
        assertThat(view.totals().shareDone()).isEqualTo(new BigDecimal("0.2000"));
        // a3 (2023-2024, postponed) is overdue; a1 is done, a5 abandoned, a2 and a4 not ended.
        assertThat(view.totals().overdue()).isEqualTo(1);
        assertThat(view.items()).filteredOn(ActionProgressItem::overdue)
                .extracting(ActionProgressItem::actionId).containsExactly("a3");
        assertThat(all(LocalDate.of(2024, 12, 31)).totals().overdue()).isZero();
        assertThat(all(LocalDate.of(2028, 1, 1)).totals().overdue()).isEqualTo(3);
    }

    @Test
    void theActionsOfSeveralConventionsComeInOneReadEachWithItsOwnStatusesAndIndicators() {
        String other = "ctg-other";
        plan().add(defined(other))
                .add(new ActionStatusUpdated(other, "a2", ActionStatus.PLANNED, ActionStatus.DONE,
                        LocalDate.of(2024, 12, 1), null, null))
                .deliverTo(projection);

        var byConvention = projection.handle(new FindActionsOfConventions(List.of(ID, other, "nope"), EARLY_2025))
                .byConvention();

        assertThat(byConvention).containsOnlyKeys(ID, other);
        assertThat(byConvention.get(ID)).as("as the convention's own list").isEqualTo(all(EARLY_2025).items());
        assertThat(byConvention.get(other)).extracting(ActionProgressItem::actionId, ActionProgressItem::status)
                .as("plan order; the other convention's a5 and statuses are not its own").startsWith(
                        org.assertj.core.groups.Tuple.tuple("a1", ActionStatus.PLANNED),
                        org.assertj.core.groups.Tuple.tuple("a2", ActionStatus.DONE))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("a5", ActionStatus.ABANDONED));
        assertThat(byConvention.get(other)).allSatisfy(item -> assertThat(item.indicators().indicators()).isZero());
    }

    @Test
    void resolvesTheScopeToPerimetersThroughItsCommunes() {
        plan().deliverTo(projection);

        List<ActionProgressItem> items = all(EARLY_2025).items();

        assertThat(items).extracting(ActionProgressItem::actionId).containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(items).extracting(ActionProgressItem::perimeterCodes).containsExactly(
                List.of("P1", "P2"), List.of("P1"), List.of("P2"), List.of("P1", "P2"), List.of("P1"));
        assertThat(find("P1", null, null, null, null, false, EARLY_2025, 0, 50).items())
                .extracting(ActionProgressItem::actionId).containsExactly("a1", "a2", "a4", "a5");
        assertThat(items.get(4).reason()).isEqualTo("doublon");
        assertThat(items.get(0).statusOn()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(items.get(0).note()).isEqualTo("terminée");
    }

    @Test
    void breaksDownByThemeLevelPeriodAndPerimeter() {
        plan().deliverTo(projection);

        ActionProgressView view = all(EARLY_2025);

        assertThat(view.byTheme()).extracting(ProgressBreakdown::key).containsExactly("PE", "EJ");
        assertThat(view.byTheme().get(0).counts().shareDone()).isEqualTo(new BigDecimal("0.5000"));
        assertThat(view.byLevel()).extracting(ProgressBreakdown::key)
                .containsExactly("INTERCOMMUNAL", "PERIMETER", "COMMUNAL");
        assertThat(view.byPeriod()).extracting(ProgressBreakdown::key)
                .containsExactly("2023", "2023-2024", "2025-2026", "2027");
        assertThat(view.byPerimeter()).extracting(b -> b.key() + "=" + b.counts().actions())
                .containsExactly("P1=4", "P2=3");
        assertThat(view.byPerimeter().get(1).counts().overdue()).isEqualTo(1);
    }

    @Test
    void filtersAndPages() {
        plan().deliverTo(projection);

        assertThat(find(null, "EJ", null, null, null, false, EARLY_2025, 0, 50).totalItems()).isEqualTo(3);
        assertThat(find(null, null, new Period(2023, 2024), null, null, false, EARLY_2025, 0, 50).items())
                .extracting(ActionProgressItem::actionId).containsExactly("a1", "a3");
        assertThat(find(null, null, null, ActionStatus.PLANNED, null, false, EARLY_2025, 0, 50).items())
                .extracting(ActionProgressItem::actionId).containsExactly("a4");
        assertThat(find(null, null, null, null, ActionLevel.COMMUNAL, false, EARLY_2025, 0, 50).items())
                .extracting(ActionProgressItem::actionId).containsExactly("a3", "a5");
        assertThat(find(null, null, null, null, null, true, LocalDate.of(2028, 1, 1), 0, 50).items())
                .extracting(ActionProgressItem::actionId).containsExactly("a2", "a3", "a4");

        ActionProgressView page = find(null, null, null, null, null, false, EARLY_2025, 1, 2);
        assertThat(page.items()).extracting(ActionProgressItem::actionId).containsExactly("a3", "a4");
        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.totals().actions()).isEqualTo(5);
        assertThat(find(null, null, null, null, null, false, EARLY_2025, 9, 2).items()).isEmpty();
    }

    @Test
    void countsTheIndicatorsMeasuredInTheYearAndOnTrack() {
        plan().deliverTo(projection);

        ActionProgressView view = all(EARLY_2025);

        // a1: last measured 2023 (3, above the path's 0.8); a2: 2025 corrected to 7, on the path's 7.
        assertThat(view.indicators()).isEqualTo(new IndicatorCounts(2025, 2, 1, 2));
        assertThat(view.items()).extracting(ActionProgressItem::indicators).containsExactly(
                new IndicatorCounts(2025, 1, 0, 1), new IndicatorCounts(2025, 1, 1, 1),
                new IndicatorCounts(2025, 0, 0, 0), new IndicatorCounts(2025, 0, 0, 0),
                new IndicatorCounts(2025, 0, 0, 0));
        // In 2024 the commune's measure does not count for a1, and a2 was not yet measured.
        assertThat(all(LocalDate.of(2024, 6, 1)).indicators()).isEqualTo(new IndicatorCounts(2024, 2, 0, 1));
        assertThat(find("P2", null, null, null, null, false, EARLY_2025, 0, 50).indicators())
                .isEqualTo(new IndicatorCounts(2025, 1, 0, 1));
    }

    @Test
    void anUnknownConventionHasNoView() {
        assertThat(projection.handle(new FindActionProgress("unknown", null, null, null, null, null, false,
                EARLY_2025, new PageRequest(0, 10)))).isNull();
    }

    @Test
    void deliveringTheSameEventsTwiceChangesNothing() {
        Idempotence.assertRedeliveryChangesNothing(projection, plan().events());
        assertThat(all(EARLY_2025).totals().byStatus()).containsEntry(ActionStatus.DONE, 1);
    }

    @Test
    void anActionsUpdatesFoldedInOneBatchLeaveTheTablesAsWhenHandledOneByOne() {
        Idempotence.assertOneBatchEndsAsOneByOne(projection, plan().events());
    }

    /** {@link #plan()} signed, then amendment no. 1 merges a1 and a4 into a6 and rewords a2, in force on 1 March 2025. */
    private History amended() {
        History history = new History();
        AmendmentSteps steps = new AmendmentSteps(ID);
        plan().events().forEach(event -> history.add(steps.saw(event.getPayload())));
        history.add(steps.saw(new ConventionSigned(ID, LocalDate.of(2023, 4, 1),
                List.of(new GivenSignature("caf", "Caf de test", LocalDate.of(2023, 4, 1), "N", "Président")))));
        history.add(steps.open("Avenant n° 1", LocalDate.of(2025, 1, 6)))
                .add(steps.change(1, PlanChange.merge(List.of("a1", "a4"),
                        action("a6", "PE", ActionLevel.INTERCOMMUNAL, 2025, 2027, List.of("P2"), List.of()))))
                .add(steps.change(1, PlanChange.reword("a2", "Action a2 reformulée", null)))
                .add(steps.submit(1, LocalDate.of(2025, 1, 13)));
        for (String council : List.of(A, B, C, D, E)) {
            steps.route(1, council, LocalDate.of(2025, 2, 3)).forEach(history::add);
        }
        for (String party : List.of("caf", A, B, C, D, E)) {
            steps.sign(1, party, LocalDate.of(2025, 3, 1)).forEach(history::add);
        }
        history.add(new ActionStatusUpdated(ID, "a6", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                LocalDate.of(2025, 3, 5), "lancée", null));
        return history;
    }

    @Test
    void countsOnlyTheActionsOfTheVersionInForceOnTheViewsDay() {
        amended().deliverTo(projection);

        ActionProgressView before = all(LocalDate.of(2025, 2, 28));
        ActionProgressView after = all(LocalDate.of(2025, 3, 1));

        assertThat(before.items()).extracting(ActionProgressItem::actionId)
                .containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(before.totals().byStatus()).containsEntry(ActionStatus.DONE, 1);
        assertThat(after.items()).extracting(ActionProgressItem::actionId).containsExactly("a2", "a3", "a5", "a6");
        assertThat(after.totals().byStatus()).as("a1, done, ended by the merge")
                .containsEntry(ActionStatus.DONE, 0);
        assertThat(after.items().get(3).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(after.items().get(3).perimeterCodes()).containsExactly("P2");
        assertThat(after.items().get(0).title()).isEqualTo("Action a2 reformulée");
        assertThat(after.totalItems()).isEqualTo(4);
    }

    @Test
    void aRowShowsTheTitleOfTheVersionInForceOnTheViewsDay() {
        amended().deliverTo(projection);

        assertThat(all(LocalDate.of(2025, 2, 28)).items()).filteredOn(item -> item.actionId().equals("a2"))
                .extracting(ActionProgressItem::title).as("version 1, the day before the amendment")
                .containsExactly("Action a2");
        assertThat(all(LocalDate.of(2025, 3, 1)).items()).filteredOn(item -> item.actionId().equals("a2"))
                .extracting(ActionProgressItem::title).as("version 2 from its day").containsExactly("Action a2 reformulée");
        assertThat(all(LocalDate.of(2025, 2, 28)).items()).filteredOn(item -> item.actionId().equals("a3"))
                .extracting(ActionProgressItem::title).as("an action the amendment left as it was")
                .containsExactly("Action a3");
    }

    @Test
    void anAmendedPlanDeliveredAgainOrInOneBatchChangesNothing() {
        Idempotence.assertRedeliveryChangesNothing(projection, amended().events());
        Idempotence.assertOneBatchEndsAsOneByOne(projection, amended().events());
    }
}
