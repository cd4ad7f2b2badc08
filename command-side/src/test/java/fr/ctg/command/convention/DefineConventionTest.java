package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.convention.DefineConvention;
import fr.ctg.convention.PerimeterDraft;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static fr.ctg.command.convention.Fixtures.*;

class DefineConventionTest {

    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void definesAConventionWithItsCommunesTakenFromTheReferenceData() {
        fixture.givenNoPriorActivity().when(define()).expectSuccessfulHandlerExecution().expectEvents(defined());
    }

    @Test
    void cannotDefineAConventionWithAnUnknownCommune() {
        fixture.givenNoPriorActivity()
                .when(withPerimeters(new PerimeterDraft("P1", "P1", List.of("99999"))))
                .expectException(violates("commune-unknown"));
    }

    @Test
    void cannotPutACommuneInTwoPerimeters() {
        fixture.givenNoPriorActivity()
                .when(withPerimeters(new PerimeterDraft("P1", "P1", List.of(L_HORME)),
                        new PerimeterDraft("P3", "P3", List.of(RIVE_DE_GIER, L_HORME))))
                .expectException(violates("commune-in-several-perimeters"));
    }

    @Test
    void cannotDefineTwoPerimetersWithTheSameCode() {
        fixture.givenNoPriorActivity()
                .when(withPerimeters(new PerimeterDraft("P1", "P1", List.of(L_HORME)),
                        new PerimeterDraft("P1", "P1 bis", List.of(RIVE_DE_GIER))))
                .expectException(violates("perimeter-code-duplicate"));
    }

    @Test
    void cannotDefineAConventionWithoutPerimeter() {
        fixture.givenNoPriorActivity().when(withPerimeters())
                .expectException(violates("convention-perimeter-required"));
    }

    @Test
    void cannotDefineAConventionWhosePeriodEndsBeforeItStarts() {
        DefineConvention command = define();
        fixture.givenNoPriorActivity()
                .when(new DefineConvention(ID, command.name(), command.caf(), new Period(2027, 2023),
                        command.perimeters(), command.themes(), command.stakes(), List.of(), null))
                .expectException(violates("convention-period-invalid"));
    }

    @Test
    void cannotDefineAStakeOfAnUnknownTheme() {
        DefineConvention command = define();
        fixture.givenNoPriorActivity()
                .when(new DefineConvention(ID, command.name(), command.caf(), PERIOD, command.perimeters(),
                        command.themes(), List.of(new Stake("X-1", "NOPE", "?")), List.of(), null))
                .expectException(violates("stake-theme-unknown"));
    }

    @Test
    void cannotDefineAnActionOutsideTheConventionPeriod() {
        fixture.givenNoPriorActivity().when(withAction(action(new Period(2026, 2028), new ActionScope(List.of("P1"), List.of()))))
                .expectException(violates("action-period-outside-convention"));
    }

    @Test
    void cannotDefineAnActionUnderAnUnknownTheme() {
        fixture.givenNoPriorActivity()
                .when(withAction(new ActionSheet("a-1", "Action", null, "NOPE", null, ActionLevel.COMMUNAL,
                        new Period(2023, 2024), new ActionScope(List.of("P1"), List.of()))))
                .expectException(violates("action-theme-unknown"));
    }

    @Test
    void cannotDefineAnActionUnderAStakeOfAnotherTheme() {
        DefineConvention command = define();
        fixture.givenNoPriorActivity()
                .when(new DefineConvention(ID, command.name(), command.caf(), PERIOD, command.perimeters(),
                        List.of(new Theme("PE", "Petite enfance"), new Theme("EJ", "Enfance/jeunesse")),
                        command.stakes(),
                        List.of(new ActionSheet("a-1", "Action", null, "EJ", "PE-1", ActionLevel.COMMUNAL,
                                new Period(2023, 2024), new ActionScope(List.of("P1"), List.of()))), null))
                .expectException(violates("action-stake-not-in-theme"));
    }

    @Test
    void cannotScopeAnActionToAnUnknownPerimeterOrACommuneOutsideTheConvention() {
        fixture.givenNoPriorActivity().when(withAction(action(new Period(2023, 2024), new ActionScope(List.of("P9"), List.of()))))
                .expectException(violates("action-scope-unknown-perimeter"));
        fixture.givenNoPriorActivity().when(withAction(action(new Period(2023, 2024), new ActionScope(List.of(), List.of("42032")))))
                .expectException(violates("action-scope-unknown-commune"));
    }

    @Test
    void cannotDefineAnActionWithAnEmptyScope() {
        fixture.givenNoPriorActivity().when(withAction(action(new Period(2023, 2024), new ActionScope(List.of(), List.of()))))
                .expectException(violates("action-scope-empty"));
    }

    @Test
    void scopesAnActionToPerimetersPlusACommuneOfAnotherPerimeter() {
        ActionSheet alsh = action(new Period(2025, 2026), new ActionScope(List.of("P3"), List.of(L_HORME)));
        fixture.givenNoPriorActivity().when(withAction(alsh)).expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotDefineTheSameActionTwice() {
        DefineConvention command = define();
        fixture.givenNoPriorActivity()
                .when(new DefineConvention(ID, command.name(), command.caf(), PERIOD, command.perimeters(),
                        command.themes(), command.stakes(), List.of(NETWORK, NETWORK), null))
                .expectException(violates("action-already-exists"));
    }

    private static ActionSheet action(Period period, ActionScope scope) {
        return new ActionSheet("a-1", "Action", null, "PE", "PE-1", ActionLevel.INTERCOMMUNAL, period, scope);
    }

    private static DefineConvention withAction(ActionSheet action) {
        DefineConvention command = define();
        return new DefineConvention(ID, command.name(), command.caf(), PERIOD, command.perimeters(),
                command.themes(), command.stakes(), List.of(action), null);
    }

    private static DefineConvention withPerimeters(PerimeterDraft... perimeters) {
        DefineConvention command = define();
        return new DefineConvention(ID, command.name(), command.caf(), PERIOD, List.of(perimeters),
                command.themes(), command.stakes(), List.of(), null);
    }
}
