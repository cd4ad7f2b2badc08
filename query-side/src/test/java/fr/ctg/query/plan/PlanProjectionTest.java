package fr.ctg.query.plan;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.amendment.ActionLink;
import fr.ctg.amendment.AmendmentState;
import fr.ctg.amendment.FieldChange;
import fr.ctg.amendment.PlanChange;
import fr.ctg.amendment.PlanDiff;
import fr.ctg.amendment.query.AmendmentPartyView;
import fr.ctg.amendment.query.AmendmentView;
import fr.ctg.amendment.AmendmentPresented;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.amendment.query.FindAmendment;
import fr.ctg.amendment.query.FindPlanDiff;
import fr.ctg.amendment.query.FindPlanInForce;
import fr.ctg.amendment.query.FindPlanVersions;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionSummary;
import fr.ctg.convention.PartyKind;
import fr.ctg.query.support.AmendmentSteps;
import fr.ctg.query.support.History;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.query.CommuneStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

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

class PlanProjectionTest {

    private static final String ID = "ctg-test";
    private static final LocalDate SIGNED = LocalDate.of(2023, 6, 1);
    private static final LocalDate OPENED = LocalDate.of(2024, 11, 25);
    private static final LocalDate LAST_SIGNATURE = LocalDate.of(2025, 3, 10);
    private static final ActionSheet MERGED = action("a5", "PE", ActionLevel.INTERCOMMUNAL, 2025, 2027,
            List.of("P1", "P2"), List.of());

    private final PlanProjection projection = new PlanProjection(ReadModelDatabase.jdbc());

    @BeforeEach
    void clear() {
        ReadModelDatabase.clear(projection.tables());
    }

    /** The test convention signed with a1..a5 (a5 added before the signature), amendment no. 1 submitted. */
    private AmendmentSteps submitted(History history) {
        AmendmentSteps steps = new AmendmentSteps(ID);
        history.add(steps.saw(defined(ID)))
                .add(steps.saw(new ActionAdded(ID, action("a6", "EJ", ActionLevel.COMMUNAL, 2023, 2025,
                        List.of(), List.of(A)))))
                .add(steps.saw(new CommuneWithdrawn(ID, E, LocalDate.of(2023, 3, 1), "Ne signe pas")))
                .add(steps.saw(new ConventionSigned(ID, SIGNED,
                        List.of(new GivenSignature("caf", "Caf de test", SIGNED, "N", "Président")))))
                .add(steps.open("Avenant n° 1", OPENED))
                .add(steps.change(1, PlanChange.merge(List.of("a1", "a4"), MERGED)))
                .add(steps.change(1, PlanChange.reword("a2", "Action a2 reformulée", null)))
                .add(steps.submit(1, OPENED.plusDays(5)));
        return steps;
    }

    /** Every council votes on the amendment and every party but {@code last} signs it. */
    private AmendmentSteps allButOneSigned(History history, String last) {
        AmendmentSteps steps = submitted(history);
        for (String council : List.of(A, B, C, D)) {
            steps.route(1, council, LocalDate.of(2025, 2, 3)).forEach(history::add);
        }
        for (String party : List.of("caf", A, B, C, D)) {
            if (!party.equals(last)) {
                steps.sign(1, party, LocalDate.of(2025, 2, 20)).forEach(history::add);
            }
        }
        return steps;
    }

    private History inForce() {
        History history = new History();
        allButOneSigned(history, D).sign(1, D, LAST_SIGNATURE).forEach(history::add);
        return history;
    }

    @Test
    void planUnchangedUntilEveryPartySignedTheAmendment() {
        History history = new History();
        allButOneSigned(history, D);
        history.deliverTo(projection);

        PlanInForceView today = projection.handle(new FindPlanInForce(ID, LocalDate.of(2025, 3, 1)));

        assertThat(today.version()).isEqualTo(1);
        assertThat(today.inForceFrom()).isEqualTo(SIGNED);
        assertThat(today.pendingAmendment()).isEqualTo(1);
        assertThat(today.plan().actions()).extracting(ActionSheet::actionId)
                .containsExactly("a1", "a2", "a3", "a4", "a6");
        assertThat(projection.handle(new FindPlanVersions(ID)).versions())
                .extracting(PlanVersionSummary::version, PlanVersionSummary::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "IN_FORCE"),
                        org.assertj.core.groups.Tuple.tuple(2, "PENDING"));
    }

    @Test
    void theNextVersionIsInForceFromTheLastSignatureAndTheDayBeforeShowsThePreviousOne() {
        inForce().deliverTo(projection);

        PlanInForceView on = projection.handle(new FindPlanInForce(ID, LAST_SIGNATURE));
        PlanInForceView dayBefore = projection.handle(new FindPlanInForce(ID, LAST_SIGNATURE.minusDays(1)));

        assertThat(on.version()).isEqualTo(2);
        assertThat(on.inForceFrom()).isEqualTo(LAST_SIGNATURE);
        assertThat(on.amendmentNumber()).isEqualTo(1);
        assertThat(on.pendingAmendment()).isNull();
        assertThat(on.plan().actions()).extracting(ActionSheet::actionId).containsExactly("a2", "a3", "a6", "a5");
        assertThat(dayBefore.version()).isEqualTo(1);
        assertThat(dayBefore.pendingAmendment()).isEqualTo(1);
        assertThat(projection.handle(new FindPlanVersions(ID)).versions())
                .extracting(PlanVersionSummary::version, PlanVersionSummary::state, PlanVersionSummary::inForceFrom)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "SUPERSEDED", SIGNED),
                        org.assertj.core.groups.Tuple.tuple(2, "IN_FORCE", LAST_SIGNATURE));
    }

    @Test
    void theDiffListsExactlyTheMergeAndTheRewording() {
        History history = new History();
        submitted(history);
        history.deliverTo(projection);

        PlanDiff diff = projection.handle(new FindPlanDiff(ID, 1, 2));

        assertThat(diff.added()).extracting(ActionSheet::actionId).containsExactly("a5");
        assertThat(diff.removed()).extracting(ActionSheet::actionId).containsExactly("a1", "a4");
        assertThat(diff.changed()).hasSize(1);
        assertThat(diff.changed().get(0).actionId()).isEqualTo("a2");
        assertThat(diff.changed().get(0).fields())
                .containsExactly(new FieldChange("title", "Action a2", "Action a2 reformulée"));
        assertThat(diff.links()).containsExactly(new ActionLink("a1", "a5", ActionLink.LinkKind.MERGED_INTO, 1),
                new ActionLink("a4", "a5", ActionLink.LinkKind.MERGED_INTO, 1));
        assertThat(diff.communesAdded()).isEmpty();
        assertThat(diff.communesRemoved()).isEmpty();
        assertThat(diff.periodBefore()).isNull();
        assertThat(projection.handle(new FindPlanDiff(ID, 1, 3))).as("no version 3").isNull();
    }

    @Test
    void thePendingAmendmentShowsItsRoutePerPartyConcerned() {
        History history = new History();
        AmendmentSteps steps = submitted(history);
        steps.route(1, A, LocalDate.of(2025, 2, 3)).forEach(history::add);
        steps.sign(1, "caf", LocalDate.of(2025, 2, 4)).forEach(history::add);
        history.deliverTo(projection);

        AmendmentView view = projection.handle(new FindAmendment(ID, 1));

        assertThat(view.amendment().state()).isEqualTo(AmendmentState.SUBMITTED);
        assertThat(view.parties()).as("the commune that withdrew is no party")
                .extracting(AmendmentPartyView::partyId).containsExactly("caf", A, B, C, D);
        assertThat(view.parties().get(0).kind()).isEqualTo(PartyKind.CAF);
        assertThat(view.parties().get(0).signedOn()).isEqualTo(LocalDate.of(2025, 2, 4));
        assertThat(view.parties().get(1).stage()).isEqualTo(CommuneStage.EXECUTORY);
        assertThat(view.parties().get(1).actesId()).isEqualTo("042-" + A + "-AV1");
        assertThat(view.parties().get(2).stage()).isEqualTo(CommuneStage.NOT_PRESENTED);
        assertThat(view.parties().get(2).missing()).isNotEmpty();
        assertThat(view.diff().added()).extracting(ActionSheet::actionId).containsExactly("a5");
    }

    @Test
    void aCouncilWhoseDeliberationOnTheAmendmentWasAnnulledShowsItAndLacksANewOne() {
        History history = new History();
        AmendmentSteps steps = submitted(history);
        history.add(steps.saw(new AmendmentPresented(ID, 1, new PresentedToMunicipalCouncil(ID, B,
                LocalDate.of(2025, 1, 20))))).add(steps.quorumLacking(1, B, LocalDate.of(2025, 1, 20)));
        steps.route(1, A, LocalDate.of(2025, 2, 3)).forEach(history::add);
        steps.controlled(1, A, LocalDate.of(2025, 2, 20), LocalDate.of(2025, 6, 1)).forEach(history::add);
        history.deliverTo(projection);

        AmendmentView view = projection.handle(new FindAmendment(ID, 1));

        assertThat(view.parties().get(1).stage()).isEqualTo(CommuneStage.ANNULLED);
        assertThat(view.parties().get(1).actesId()).as("the annulled act is no longer its deliberation").isNull();
        assertThat(view.parties().get(1).missing()).isNotEmpty();
        assertThat(view.parties().get(2).stage()).as("a meeting without quorum moves no stage")
                .isEqualTo(CommuneStage.PRESENTED);
    }

    @Test
    void aWithdrawnAmendmentLeavesThePlanUnchanged() {
        History history = new History();
        AmendmentSteps steps = submitted(history);
        history.add(steps.close(1, AmendmentState.WITHDRAWN, LocalDate.of(2025, 1, 10))).deliverTo(projection);

        PlanInForceView later = projection.handle(new FindPlanInForce(ID, LocalDate.of(2026, 1, 1)));

        assertThat(later.version()).isEqualTo(1);
        assertThat(later.pendingAmendment()).isNull();
        assertThat(projection.handle(new FindPlanVersions(ID)).versions()).extracting(PlanVersionSummary::state)
                .containsExactly("IN_FORCE");
        assertThat(projection.handle(new FindPlanVersions(ID)).amendments().get(0).state())
                .isEqualTo(AmendmentState.WITHDRAWN);
    }

    @Test
    void beforeTheSignatureVersionOneIsADraftInForceNowhere() {
        new History().add(defined(ID)).deliverTo(projection);

        PlanInForceView view = projection.handle(new FindPlanInForce(ID, LocalDate.of(2023, 1, 1)));

        assertThat(view.inForce()).isFalse();
        assertThat(view.plan().actions()).hasSize(4);
        assertThat(projection.handle(new FindPlanVersions(ID)).versions()).extracting(PlanVersionSummary::state)
                .containsExactly("DRAFT");
    }

    @Test
    void answersNothingForAConventionNeverSeen() {
        inForce().deliverTo(projection);

        assertThat(projection.handle(new FindPlanVersions("ctg-unknown"))).isNull();
        assertThat(projection.handle(new FindPlanInForce("ctg-unknown", SIGNED))).isNull();
        assertThat(projection.handle(new FindAmendment(ID, 2))).isNull();
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        Idempotence.assertRedeliveryChangesNothing(projection, inForce().events());
    }

    @Test
    void oneBatchEndsAsEventByEvent() {
        Idempotence.assertOneBatchEndsAsOneByOne(projection, inForce().events());
    }
}
