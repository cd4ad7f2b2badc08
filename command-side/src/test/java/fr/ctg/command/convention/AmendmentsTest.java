package fr.ctg.command.convention;

import fr.ctg.actionplan.committee.DecisionKind;
import fr.ctg.actionplan.committee.MeetingDecision;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.MeetingRecorded;
import fr.ctg.actionplan.committee.RecordMeetingDecision;
import fr.ctg.actionplan.indicator.DefineIndicator;
import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.RecordIndicatorMeasure;
import fr.ctg.actionplan.indicator.YearValue;
import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.AddAction;
import fr.ctg.actionplan.UpdateActionStatus;
import fr.ctg.actionplan.committee.AmendmentRequested;
import fr.ctg.amendment.ActionLink;
import fr.ctg.amendment.AddAmendmentChange;
import fr.ctg.amendment.AdvanceAmendmentRoute;
import fr.ctg.amendment.AmendmentBecameExecutory;
import fr.ctg.amendment.AmendmentChangeAdded;
import fr.ctg.amendment.AmendmentClosed;
import fr.ctg.amendment.AmendmentInForce;
import fr.ctg.amendment.AmendmentOpened;
import fr.ctg.amendment.AmendmentPartySigned;
import fr.ctg.amendment.AmendmentPresented;
import fr.ctg.amendment.AmendmentPublished;
import fr.ctg.amendment.AmendmentState;
import fr.ctg.amendment.AmendmentSubmitted;
import fr.ctg.amendment.AmendmentTransmissionRecorded;
import fr.ctg.amendment.AmendmentVoteRecorded;
import fr.ctg.amendment.EndedAction;
import fr.ctg.amendment.OpenAmendment;
import fr.ctg.amendment.PlanChange;
import fr.ctg.amendment.SubmitAmendment;
import fr.ctg.convention.Period;
import fr.ctg.route.BallotType;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PartySignature;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.SignConvention;
import fr.ctg.route.PartySigned;
import fr.ctg.route.Signatory;
import fr.ctg.route.GivenSignature;
import fr.ctg.convention.PartyKind;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static fr.ctg.command.convention.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The amendments' rules; their councils' deliberations (quorum, legality, documents) are AmendmentDeliberationsTest's. */
class AmendmentsTest {

    private static final LocalDate SIGNED = LocalDate.of(2023, 10, 2);
    private static final LocalDate OPENED = LocalDate.of(2024, 4, 2);
    static final LocalDate SUBMITTED = LocalDate.of(2024, 4, 10);
    static final LocalDate VOTED = LocalDate.of(2024, 5, 15);
    static final LocalDate EXECUTORY = LocalDate.of(2024, 5, 20);
    static final LocalDate LAST_SIGNATURE = LocalDate.of(2024, 6, 3);
    static final String AMENDMENT_ACTES = "042-214201865-20240515-DEL_2024_010-DE";
    private static final ActionSheet CRECHE = sheet("pe-02", "Envisager la création d'une crèche familiale");
    static final ActionSheet MERGED = sheet("pe-10", "Un réseau petite enfance et une crèche familiale");
    static final List<String> CONCERNED = List.of("caf", RIVE_DE_GIER);

    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    private static ActionSheet sheet(String id, String title) {
        return new ActionSheet(id, title, null, "PE", "PE-1", ActionLevel.INTERCOMMUNAL, new Period(2023, 2024),
                new ActionScope(List.of("P1", "P3"), List.of()));
    }

    /** Defined with two actions, Rive-de-Gier's route with its real deliberation, and signed. */
    static List<Object> signed() {
        List<Object> history = new ArrayList<>(List.of(defined(), new ActionAdded(ID, CRECHE)));
        history.addAll(List.of(riveDeGierExecutory()));
        history.add(new ConventionSigned(ID, SIGNED, List.of()));
        return history;
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> all = new ArrayList<>(history);
        all.addAll(List.of(more));
        return all;
    }

    /** Amendment no. 1, concerning the CAF and Rive-de-Gier, merging pe-01 and pe-02 into pe-10; submitted. */
    static List<Object> submitted() {
        return with(signed(), new AmendmentOpened(ID, 1, 2, "Avenant n° 1", "Fusion", null, CONCERNED, OPENED),
                new AmendmentChangeAdded(ID, 1, PlanChange.merge(List.of("pe-01", "pe-02"), MERGED)),
                new AmendmentSubmitted(ID, 1, SUBMITTED));
    }

    static CouncilVoteRecorded amendmentVote() {
        return new CouncilVoteRecorded(ID, RIVE_DE_GIER, VOTED, new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null,
                VoteOutcome.ADOPTED, "DEL_2024_010", AMENDMENT_ACTES, attending(RIVE_DE_GIER), null);
    }

    /** Rive-de-Gier's route on amendment no. 1, up to an executory deliberation. */
    static List<Object> executory() {
        return with(submitted(), new AmendmentPresented(ID, 1, new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER,
                        LocalDate.of(2024, 5, 2))),
                new AmendmentVoteRecorded(ID, 1, amendmentVote()),
                new AmendmentTransmissionRecorded(ID, 1, new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER,
                        LocalDate.of(2024, 5, 17), LocalDate.of(2024, 5, 17), AMENDMENT_ACTES, List.of())),
                new AmendmentPublished(ID, 1, new DeliberationPublished(ID, RIVE_DE_GIER, EXECUTORY,
                        PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL)),
                new AmendmentBecameExecutory(ID, 1, new DeliberationBecameExecutory(ID, RIVE_DE_GIER, EXECUTORY)));
    }

    static AdvanceAmendmentRoute sign(String party, LocalDate on) {
        return new AdvanceAmendmentRoute(ID, 1, new SignConvention(ID, on,
                List.of(new PartySignature(party, "A. Martin", "Signataire")), null), null);
    }

    static AmendmentPartySigned partySigned(String party, fr.ctg.convention.PartyKind kind, String name,
                                                    LocalDate on) {
        return new AmendmentPartySigned(ID, 1, new PartySigned(ID, party, kind, on,
                new Signatory("A. Martin", "Signataire", name)));
    }

    static List<Object> cafSigned() {
        return with(executory(), partySigned("caf", PartyKind.CAF, "Caf de la Loire", LocalDate.of(2024, 5, 22)));
    }

    static AmendmentInForce inForce() {
        var plan = new fr.ctg.amendment.PlanVersion(2, PERIOD, defined().perimeters(), List.of(MERGED),
                List.of(new ActionLink("pe-01", "pe-10", ActionLink.LinkKind.MERGED_INTO, 1),
                        new ActionLink("pe-02", "pe-10", ActionLink.LinkKind.MERGED_INTO, 1)));
        return new AmendmentInForce(ID, 1, 2, LAST_SIGNATURE, List.of(
                new GivenSignature("caf", "Caf de la Loire", LocalDate.of(2024, 5, 22), "A. Martin", "Signataire"),
                new GivenSignature(RIVE_DE_GIER, "Rive-de-Gier", LAST_SIGNATURE, "A. Martin", "Signataire")),
                plan, List.of(new EndedAction("pe-01", 1, LAST_SIGNATURE), new EndedAction("pe-02", 1, LAST_SIGNATURE)));
    }

    private static UpdateActionStatus update(String actionId, LocalDate on) {
        return new UpdateActionStatus(ID, actionId, ActionStatus.IN_PROGRESS, on, "Suivi", null, null);
    }

    @Test
    void cannotAddAnActionAfterSignatureWithoutAnAmendment() {
        fixture.given(signed()).when(new AddAction(ID, sheet("pe-03", "Nouvelle"), null))
                .expectException(violates("action-requires-amendment"));
    }

    @Test
    void anActionAddedBeforeSignatureShapesVersionOne() {
        fixture.given(defined()).when(new AddAction(ID, CRECHE, null)).expectEvents(new ActionAdded(ID, CRECHE));
    }

    @Test
    void cannotOpenAnAmendmentBeforeSignature() {
        fixture.given(defined()).when(new OpenAmendment(ID, 1, "Avenant", "Raison", null, null, OPENED, null))
                .expectException(violates("amendment-before-signature"));
    }

    @Test
    void anAmendmentConcernsEveryPartyByDefault() {
        fixture.given(signed()).when(new OpenAmendment(ID, 1, "Avenant n° 1", "Fusion", null, null, OPENED, null))
                .expectEvents(new AmendmentOpened(ID, 1, 2, "Avenant n° 1", "Fusion", null,
                        List.of("caf", L_HORME, SAINT_CHAMOND, RIVE_DE_GIER), OPENED));
    }

    @Test
    void anAmendmentTouchingSomeCommunesNamesThemAndAlwaysTheCaf() {
        fixture.given(signed()).when(new OpenAmendment(ID, 1, "A", "R", null, List.of(RIVE_DE_GIER), OPENED, null))
                .expectException(violates("amendment-needs-caf"));
        fixture.given(signed()).when(new OpenAmendment(ID, 1, "A", "R", null, List.of("caf", "99999"), OPENED, null))
                .expectException(violates("party-not-in-convention"));
    }

    @Test
    void anAmendmentNamesTheCopilDecisionThatAskedForIt() {
        List<Object> asked = with(signed(), new AmendmentRequested(ID, "copil-2024", "Fusionner deux actions"));
        fixture.given(asked).when(new OpenAmendment(ID, 1, "A", "R", "copil-2024", CONCERNED, OPENED, null))
                .expectEvents(new AmendmentOpened(ID, 1, 2, "A", "R", "copil-2024", CONCERNED, OPENED));
        fixture.given(signed()).when(new OpenAmendment(ID, 1, "A", "R", "copil-2024", CONCERNED, OPENED, null))
                .expectException(violates("amendment-request-not-found"));
    }

    @Test
    void oneAmendmentIsPendingAtATimeAndNumbersFollowEachOther() {
        fixture.given(submitted()).when(new OpenAmendment(ID, 2, "A", "R", null, null, OPENED, null))
                .expectException(violates("amendment-already-pending"));
        fixture.given(signed()).when(new OpenAmendment(ID, 2, "A", "R", null, null, OPENED, null))
                .expectException(violates("amendment-number-not-next"));
    }

    @Test
    void aChangeNamesActionsOfThePlanAndChangesSomething() {
        List<Object> draft = with(signed(), new AmendmentOpened(ID, 1, 2, "A", "R", null, CONCERNED, OPENED));
        fixture.given(draft).when(new AddAmendmentChange(ID, 1, PlanChange.reword("pe-01", NETWORK.title(), null), null))
                .expectException(violates("change-changes-nothing"));
        fixture.given(draft).when(new AddAmendmentChange(ID, 1, PlanChange.drop("zz-01"), null))
                .expectException(violates("action-not-in-plan"));
        fixture.given(draft).when(new AddAmendmentChange(ID, 1, PlanChange.merge(List.of("pe-01"), MERGED), null))
                .expectException(violates("merge-needs-two-actions"));
        fixture.given(draft).when(new AddAmendmentChange(ID, 1, PlanChange.add(sheet("pe-01", "Déjà")), null))
                .expectException(violates("action-already-exists"));
        fixture.given(draft).when(new AddAmendmentChange(ID, 1, PlanChange.extendPeriod(new Period(2023, 2027)), null))
                .expectException(violates("period-not-extended"));
        fixture.given(draft).when(new AddAmendmentChange(ID, 1, PlanChange.reword("pe-01", "Nouveau titre", null), null))
                .expectEvents(new AmendmentChangeAdded(ID, 1, PlanChange.reword("pe-01", "Nouveau titre", null)));
    }

    @Test
    void aJoiningCommuneCarriesItsReferenceDataAndDeliberatesOnTheAmendment() {
        List<Object> draft = with(signed(), new AmendmentOpened(ID, 1, 2, "A", "R", null, CONCERNED, OPENED));
        String letrat = "42092";
        fixture.given(draft).when(new AddAmendmentChange(ID, 1, new PlanChange(fr.ctg.amendment.PlanChangeKind.ADD_COMMUNE,
                        null, null, null, null, null, null, "P3", letrat, null, null), null))
                .expectEvents(new AmendmentChangeAdded(ID, 1, PlanChange.addCommune("P3", commune(letrat))));
    }

    @Test
    void aSubmittedAmendmentTakesNoMoreChanges() {
        fixture.given(submitted()).when(new AddAmendmentChange(ID, 1, PlanChange.drop("pe-01"), null))
                .expectException(violates("amendment-not-draft"));
    }

    @Test
    void anAmendmentsActesIdIsNotTheConventions() {
        List<Object> presented = with(submitted(), new AmendmentPresented(ID, 1,
                new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER, LocalDate.of(2024, 5, 2))));
        fixture.given(presented).when(new AdvanceAmendmentRoute(ID, 1, new RecordCouncilVote(ID, RIVE_DE_GIER,
                        VOTED, new VoteCount(20, 3, 2, 0), null, attending(RIVE_DE_GIER).present(), 0,
                        BallotType.PUBLIC, null, "DEL_2024_010", AMENDMENT_ACTES, null), null))
                .expectEvents(new AmendmentVoteRecorded(ID, 1, amendmentVote()));
        fixture.given(presented).when(new AdvanceAmendmentRoute(ID, 1, new RecordCouncilVote(ID, RIVE_DE_GIER,
                        VOTED, new VoteCount(20, 3, 2, 0), null, attending(RIVE_DE_GIER).present(), 0,
                        BallotType.PUBLIC, null, "DEL_2024_010", RIVE_DE_GIER_ACTES, null), null))
                .expectException(violates("actes-id-date-mismatch"));
    }

    @Test
    void onlyTheCouncilsConcernedDeliberateOnTheAmendment() {
        fixture.given(submitted()).when(new AdvanceAmendmentRoute(ID, 1,
                        new PresentToMunicipalCouncil(ID, SAINT_CHAMOND, LocalDate.of(2024, 5, 2), null), null))
                .expectException(violates("council-not-concerned"));
    }

    @Test
    void aCouncilSignsTheAmendmentOnceItsDeliberationOnItIsExecutory() {
        fixture.given(submitted()).when(sign(RIVE_DE_GIER, LAST_SIGNATURE))
                .expectException(violates("party-cannot-sign-yet"));
    }

    @Test
    void planUnchangedUntilEveryPartySignedTheAmendment() {
        fixture.given(executory()).when(sign("caf", LocalDate.of(2024, 5, 22)))
                .expectEvents(partySigned("caf", PartyKind.CAF, "Caf de la Loire", LocalDate.of(2024, 5, 22)));
        fixture.given(cafSigned()).when(update("pe-01", LAST_SIGNATURE.plusDays(5)))
                .expectSuccessfulHandlerExecution();
        fixture.given(cafSigned()).when(update("pe-10", LAST_SIGNATURE.plusDays(5)))
                .expectException(violates("action-not-found"));
        fixture.given(cafSigned()).when(sign(RIVE_DE_GIER, LAST_SIGNATURE))
                .expectEvents(partySigned(RIVE_DE_GIER, PartyKind.COMMUNE, "Rive-de-Gier", LAST_SIGNATURE), inForce());
    }

    @Test
    void mergedActionKeepsBothHistories() {
        List<Object> history = with(cafSigned(), new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED,
                        ActionStatus.IN_PROGRESS, LocalDate.of(2024, 1, 5), null, null),
                partySigned(RIVE_DE_GIER, PartyKind.COMMUNE, "Rive-de-Gier", LAST_SIGNATURE), inForce());
        assertThat(inForce().plan().links()).extracting(ActionLink::from).containsExactly("pe-01", "pe-02");
        fixture.given(history).when(update("pe-01", LAST_SIGNATURE.minusDays(1)))
                .expectSuccessfulHandlerExecution();
        fixture.given(history).when(update("pe-01", LAST_SIGNATURE))
                .expectException(violates("action-ended-by-amendment"));
        fixture.given(history).when(update("pe-10", LAST_SIGNATURE))
                .expectSuccessfulHandlerExecution();
        fixture.given(history).when(update("pe-10", LAST_SIGNATURE.minusDays(1)))
                .expectException(violates("action-not-yet-in-force"));
    }

    @Test
    void aWithdrawnAmendmentLeavesThePlanUnchanged() {
        List<Object> withdrawn = with(submitted(), new AmendmentClosed(ID, 1, AmendmentState.WITHDRAWN,
                LocalDate.of(2024, 5, 1), "Abandonné en COPIL"));
        fixture.given(withdrawn).when(update("pe-01", LocalDate.of(2024, 7, 1))).expectSuccessfulHandlerExecution();
        fixture.given(withdrawn).when(new OpenAmendment(ID, 2, "Avenant n° 2", "Autre", null, null, OPENED, null))
                .expectEvents(new AmendmentOpened(ID, 2, 2, "Avenant n° 2", "Autre", null,
                        List.of("caf", L_HORME, SAINT_CHAMOND, RIVE_DE_GIER), OPENED));
        fixture.given(withdrawn).when(sign("caf", LAST_SIGNATURE)).expectException(violates("amendment-not-submitted"));
    }

    @Test
    void anAmendmentWithoutChangesCannotBeSubmitted() {
        fixture.given(with(signed(), new AmendmentOpened(ID, 1, 2, "A", "R", null, CONCERNED, OPENED)))
                .when(new SubmitAmendment(ID, 1, SUBMITTED, null))
                .expectException(violates("amendment-without-changes"));
    }

    /** The merge in force, pe-10 measured by an indicator; a COPIL meets before and after the day in force. */
    private static List<Object> mergedWithMeetings() {
        return with(cafSigned(), partySigned(RIVE_DE_GIER, PartyKind.COMMUNE, "Rive-de-Gier", LAST_SIGNATURE),
                inForce(),
                new MeetingRecorded(ID, "copil-before", MeetingKind.COPIL, LAST_SIGNATURE.minusDays(1), null, List.of(),
                        List.of()),
                new MeetingRecorded(ID, "copil-after", MeetingKind.COPIL, LAST_SIGNATURE, null, List.of(), List.of()),
                new IndicatorDefined(ID, "pe-10", INDICATOR));
    }

    private static final IndicatorDefinition INDICATOR = new IndicatorDefinition("reunions", "Réunions par an",
            IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, new YearValue(BigDecimal.ZERO, 2022),
            new YearValue(BigDecimal.valueOf(4), 2027), null);

    private static RecordMeetingDecision postpone(String meetingId, String actionId) {
        return new RecordMeetingDecision(ID, meetingId, new MeetingDecision(DecisionKind.POSTPONE_ACTION, null,
                actionId, null, "Pas de local", null), null);
    }

    private static RecordIndicatorMeasure measure(String actionId, LocalDate recordedOn) {
        return new RecordIndicatorMeasure(ID, actionId, "reunions", 2024, null, BigDecimal.ONE, "Bilan", null,
                "coordinatrice", recordedOn.atTime(10, 0).atZone(java.time.ZoneId.of("Europe/Paris")).toInstant(),
                null);
    }

    @Test
    void committeeDecisionsOnAnActionApplyToTheVersionInForceOnTheMeetingsDay() {
        fixture.given(mergedWithMeetings()).when(postpone("copil-after", "pe-01"))
                .expectException(violates("action-ended-by-amendment"));
        fixture.given(mergedWithMeetings()).when(postpone("copil-before", "pe-01"))
                .expectSuccessfulHandlerExecution();
        fixture.given(mergedWithMeetings()).when(postpone("copil-before", "pe-10"))
                .expectException(violates("action-not-yet-in-force"));
        fixture.given(mergedWithMeetings()).when(postpone("copil-after", "pe-10"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anActionBroughtInByAnAmendmentTakesIndicatorsAndMeasuresFromItsDayInForce() {
        fixture.given(with(cafSigned(), partySigned(RIVE_DE_GIER, PartyKind.COMMUNE, "Rive-de-Gier", LAST_SIGNATURE),
                        inForce()))
                .when(new DefineIndicator(ID, "pe-10", INDICATOR, null))
                .expectEvents(new IndicatorDefined(ID, "pe-10", INDICATOR));
        fixture.given(mergedWithMeetings()).when(measure("pe-10", LAST_SIGNATURE)).expectSuccessfulHandlerExecution();
    }

    @Test
    void aMeasureOfAnEndedActionIsRefusedFromTheDayItEnded() {
        List<Object> measured = with(cafSigned(), new IndicatorDefined(ID, "pe-01", INDICATOR),
                partySigned(RIVE_DE_GIER, PartyKind.COMMUNE, "Rive-de-Gier", LAST_SIGNATURE), inForce());
        fixture.given(measured).when(measure("pe-01", LAST_SIGNATURE))
                .expectException(violates("action-ended-by-amendment"));
        fixture.given(with(cafSigned(), new IndicatorDefined(ID, "pe-01", INDICATOR)))
                .when(measure("pe-01", LAST_SIGNATURE)).expectSuccessfulHandlerExecution();
    }

    /** A commune joins perimeter P3 by amendment no. 1, submitted; then in force on the last signature's day. */
    private static List<Object> joining(boolean inForce) {
        String letrat = "42092";
        List<Object> history = with(signed(), new AmendmentOpened(ID, 1, 2, "Avenant n° 1", "Adhésion", null,
                        CONCERNED, OPENED), new AmendmentChangeAdded(ID, 1, PlanChange.addCommune("P3", commune(letrat))),
                new AmendmentSubmitted(ID, 1, SUBMITTED));
        if (!inForce) {
            return history;
        }
        var perimeters = List.of(defined().perimeters().get(0), new fr.ctg.convention.Perimeter("P3", "Périmètre 3",
                List.of(commune(RIVE_DE_GIER), commune(letrat))));
        return with(history, new AmendmentInForce(ID, 1, 2, LAST_SIGNATURE, List.of(),
                new fr.ctg.amendment.PlanVersion(2, PERIOD, perimeters, List.of(NETWORK, CRECHE), List.of()),
                List.of()));
    }

    @Test
    void anIndicatorScopedToACommuneAnAmendmentAddsIsAcceptedOnceTheAmendmentIsInForce() {
        IndicatorDefinition inLetrat = new IndicatorDefinition("reunions-letrat", "Réunions à L'Étrat",
                IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, new YearValue(BigDecimal.ZERO, 2022),
                new YearValue(BigDecimal.valueOf(2), 2027), fr.ctg.actionplan.indicator.IndicatorScope.commune("42092"));
        fixture.given(joining(false)).when(new DefineIndicator(ID, "pe-01", inLetrat, null))
                .expectException(violates("indicator-scope-unknown"));
        fixture.given(joining(true)).when(new DefineIndicator(ID, "pe-01", inLetrat, null))
                .expectEvents(new IndicatorDefined(ID, "pe-01", inLetrat));
    }
}
