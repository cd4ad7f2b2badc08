package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.AddAction;
import fr.ctg.actionplan.UpdateActionStatus;
import fr.ctg.convention.Period;
import fr.ctg.route.ConventionSigned;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.ctg.command.convention.Fixtures.*;

class ActionPlanTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);
    private static final ActionSheet CRECHE = new ActionSheet("pe-02", "Envisager la création d'une crèche familiale",
            null, "PE", "PE-1", ActionLevel.INTERCOMMUNAL, new Period(2023, 2024),
            new ActionScope(List.of("P3"), List.of()));
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void addsAnActionSheet() {
        fixture.given(defined()).when(new AddAction(ID, CRECHE, null)).expectEvents(new ActionAdded(ID, CRECHE));
    }

    @Test
    void cannotAddAnActionThatExists() {
        fixture.given(defined()).when(new AddAction(ID, NETWORK, null)).expectException(violates("action-already-exists"));
    }

    @Test
    void cannotAddAnActionRunningPastTheConvention() {
        ActionSheet late = new ActionSheet("pe-09", "Trop tard", null, "PE", null, ActionLevel.COMMUNAL,
                new Period(2027, 2028), new ActionScope(List.of("P1"), List.of()));
        fixture.given(defined()).when(new AddAction(ID, late, null))
                .expectException(violates("action-period-outside-convention"));
    }

    @Test
    void movesAnActionOnWithADatedNote() {
        fixture.given(defined()).when(new UpdateActionStatus(ID, "pe-01", ActionStatus.IN_PROGRESS, ON, "Réseau lancé", null, null))
                .expectEvents(new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                        ON, "Réseau lancé", null));
    }

    @Test
    void postponingOrAbandoningAnActionNeedsAReason() {
        fixture.given(defined()).when(new UpdateActionStatus(ID, "pe-01", ActionStatus.POSTPONED, ON, null, null, null))
                .expectException(violates("action-status-reason-required"));
        fixture.given(defined()).when(new UpdateActionStatus(ID, "pe-01", ActionStatus.ABANDONED, ON, null, "", null))
                .expectException(violates("action-status-reason-required"));
        fixture.given(defined()).when(new UpdateActionStatus(ID, "pe-01", ActionStatus.POSTPONED, ON, null, "Pas de financement", null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void doneIsFinal() {
        fixture.given(defined(), new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED, ActionStatus.DONE, ON, null, null))
                .when(new UpdateActionStatus(ID, "pe-01", ActionStatus.IN_PROGRESS, ON.plusDays(1), null, null, null))
                .expectException(violates("action-already-done"));
    }

    @Test
    void cannotDateAStatusOutsideTheConventionPeriod() {
        fixture.given(defined()).when(new UpdateActionStatus(ID, "pe-01", ActionStatus.IN_PROGRESS, LocalDate.of(2028, 1, 2), null, null, null))
                .expectException(violates("date-outside-convention-period"));
        fixture.given(defined()).when(new UpdateActionStatus(ID, "pe-01", ActionStatus.IN_PROGRESS, LocalDate.of(2022, 12, 31), null, null, null))
                .expectException(violates("date-outside-convention-period"));
    }

    @Test
    void anUnknownActionIsNotFound() {
        fixture.given(defined()).when(new UpdateActionStatus(ID, "zz-99", ActionStatus.DONE, ON, null, null, null))
                .expectException(violates("action-not-found"));
    }

    @Test
    void actionsMoveOnAfterSignatureToo() {
        fixture.given(defined(), new ConventionSigned(ID, LocalDate.of(2023, 10, 1), List.of()))
                .when(new UpdateActionStatus(ID, "pe-01", ActionStatus.DONE, ON, "Terminé", null, null))
                .expectEvents(new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED, ActionStatus.DONE, ON, "Terminé", null));
    }
}
