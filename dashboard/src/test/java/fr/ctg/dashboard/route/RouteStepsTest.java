package fr.ctg.dashboard.route;

import fr.ctg.convention.PartyKind;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionParty;
import fr.ctg.route.PartyReadiness;
import fr.ctg.route.RouteProgress;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The step indicator reads what the shared kernel's rules say a council lacks; it decides nothing of its own. */
class RouteStepsTest {

    private static final String L_HORME = "42110";

    @Test
    void anAdoptedCouncilNotYetTransmittedIsNextToBeTransmitted() {
        RouteSteps steps = RouteSteps.of(council(CommuneStage.ADOPTED, false, false),
                overview(CommuneStage.ADOPTED, false, false, false));

        assertThat(steps.next()).isEqualTo(RouteStep.PREFECTURE_TRANSMISSION);
        assertThat(states(steps)).containsExactly("PRESENTATION=DONE", "ADOPTED_VOTE=DONE",
                "PREFECTURE_TRANSMISSION=NEXT", "PUBLICATION=TODO", "EXECUTORY=TODO", "SIGNATURE=TODO");
    }

    @Test
    void aRejectedCouncilStartsAgainFromAPresentation() {
        RouteSteps steps = RouteSteps.of(council(CommuneStage.REJECTED, false, false), null);

        assertThat(steps.next()).isEqualTo(RouteStep.PRESENTATION);
        assertThat(states(steps)).startsWith("PRESENTATION=NEXT", "ADOPTED_VOTE=TODO");
    }

    @Test
    void anExecutoryCouncilThatHasNotSignedIsNextToSign() {
        RouteSteps steps = RouteSteps.of(council(CommuneStage.EXECUTORY, true, true),
                overview(CommuneStage.EXECUTORY, true, true, false));

        assertThat(steps.next()).isEqualTo(RouteStep.SIGNATURE);
        assertThat(states(steps)).containsExactly("PRESENTATION=DONE", "ADOPTED_VOTE=DONE",
                "PREFECTURE_TRANSMISSION=DONE", "PUBLICATION=DONE", "EXECUTORY=DONE", "SIGNATURE=NEXT");
    }

    @Test
    void aCouncilTransmittedAndPublishedAwaitsBeingExecutoryWithNothingToRecord() {
        RouteSteps steps = RouteSteps.of(council(CommuneStage.ADOPTED, true, true),
                overview(CommuneStage.ADOPTED, true, true, false));

        assertThat(steps.next()).isNull();
        assertThat(steps.awaitsExecutory()).isTrue();
        assertThat(states(steps)).endsWith("EXECUTORY=NEXT", "SIGNATURE=TODO");
    }

    @Test
    void aSignedCouncilHasNothingLeftAndAWithdrawnOneNoRoute() {
        assertThat(RouteSteps.of(council(CommuneStage.EXECUTORY, true, true),
                overview(CommuneStage.EXECUTORY, true, true, true)).next()).isNull();
        assertThat(RouteSteps.of(council(CommuneStage.WITHDRAWN, false, false), null).steps()).isEmpty();
    }

    private static List<String> states(RouteSteps steps) {
        return steps.steps().stream().map(s -> s.code() + "=" + s.state()).toList();
    }

    private static ConventionOverviewView overview(CommuneStage stage, boolean transmitted, boolean published,
                                                   boolean signed) {
        List<RouteStep> missing = PartyReadiness.beforeConventionSigned(PartyKind.COMMUNE,
                new RouteProgress(stage, transmitted, published), false, signed);
        ConventionParty party = new ConventionParty(L_HORME, PartyKind.COMMUNE, "L'Horme", null, stage, null,
                signed ? LocalDate.of(2023, 10, 20) : null, null, null, missing);
        return new ConventionOverviewView("ctg", "CTG", "CAF", null, null, null, null, List.of(), List.of(party),
                List.of(), List.of(), false);
    }

    private static CommuneApprovalView council(CommuneStage stage, boolean transmitted, boolean published) {
        List<RouteStep> missing = new RouteProgress(stage, transmitted, published).missing();
        return new CommuneApprovalView("ctg", "P1", L_HORME, "L'Horme", 4806, stage, null, null, 0, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, PartyKind.COMMUNE, null, null,
                null, null, null, null, null, false, null, null, null, missing, List.of(), "42", "214201105");
    }
}
