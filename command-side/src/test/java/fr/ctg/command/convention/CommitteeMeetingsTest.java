package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.committee.AmendmentRequested;
import fr.ctg.actionplan.committee.AnnualReportValidated;
import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.CommitteeDecisionRecorded;
import fr.ctg.actionplan.committee.DecisionKind;
import fr.ctg.actionplan.committee.MeetingDecision;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.MeetingRecorded;
import fr.ctg.actionplan.committee.RecordMeeting;
import fr.ctg.actionplan.committee.RecordMeetingDecision;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.ctg.command.convention.Fixtures.*;

class CommitteeMeetingsTest {

    private static final String COPIL = "copil-2024-11-20";
    private static final LocalDate NOVEMBER_2024 = LocalDate.of(2024, 11, 20);
    private static final List<Attendee> ATTENDEES = List.of(new Attendee("Caf de la Loire", "Copilote", null),
            new Attendee("Ville de Rive-de-Gier", "Élue à la petite enfance", "C. Durand"));
    private static final List<String> AGENDA = List.of("Bilan 2024", "Réorientations");
    private static final MeetingRecorded COPIL_RECORDED = new MeetingRecorded(ID, COPIL, MeetingKind.COPIL,
            NOVEMBER_2024, "Rive-de-Gier", ATTENDEES, AGENDA);

    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Convention.class);
        fixture.registerInjectableResource(REFERENCE);
    }

    private static RecordMeeting meeting(String id, MeetingKind kind, LocalDate date, MeetingDecision... decisions) {
        return new RecordMeeting(ID, id, kind, date, "Rive-de-Gier", ATTENDEES, AGENDA, List.of(decisions), null);
    }

    private static MeetingDecision validate(Integer year) {
        return new MeetingDecision(DecisionKind.VALIDATE_REPORT, year, null, null, null, null);
    }

    private static MeetingDecision onAction(DecisionKind kind, String actionId, ActionStatus status, String reason) {
        return new MeetingDecision(kind, null, actionId, status, reason, null);
    }

    private static MeetingDecision text(DecisionKind kind, String text) {
        return new MeetingDecision(kind, null, null, null, null, text);
    }

    private static RecordMeetingDecision decision(String meetingId, MeetingDecision decision) {
        return new RecordMeetingDecision(ID, meetingId, decision, null);
    }

    @Test
    void recordsACopilWithTheReportItValidated() {
        fixture.given(defined()).when(meeting(COPIL, MeetingKind.COPIL, NOVEMBER_2024, validate(2024)))
                .expectEvents(COPIL_RECORDED, new AnnualReportValidated(ID, COPIL, 2024));
    }

    @Test
    void recordsAPreparatoryCopilTheYearBeforeThePeriod() {
        fixture.given(defined()).when(meeting("copil-2022-11-10", MeetingKind.COPIL, LocalDate.of(2022, 11, 10),
                        text(DecisionKind.FREE, "Quatre thèmes priorisés")))
                .expectEvents(new MeetingRecorded(ID, "copil-2022-11-10", MeetingKind.COPIL, LocalDate.of(2022, 11, 10),
                                "Rive-de-Gier", ATTENDEES, AGENDA),
                        new CommitteeDecisionRecorded(ID, "copil-2022-11-10", "Quatre thèmes priorisés"));
    }

    @Test
    void refusesAMeetingTwoYearsBeforeThePeriod() {
        fixture.given(defined()).when(meeting("copil-2021", MeetingKind.COPIL, LocalDate.of(2021, 12, 1)))
                .expectException(violates("meeting-date-outside-period"));
    }

    @Test
    void refusesAMeetingAfterThePeriod() {
        fixture.given(defined()).when(meeting("copil-2028", MeetingKind.COPIL, LocalDate.of(2028, 1, 10)))
                .expectException(violates("meeting-date-outside-period"));
    }

    @Test
    void refusesAMeetingIdTakenAlready() {
        fixture.given(defined(), COPIL_RECORDED).when(meeting(COPIL, MeetingKind.COTECH, NOVEMBER_2024))
                .expectException(violates("meeting-already-recorded"));
    }

    @Test
    void refusesAMeetingIdWithSpaces() {
        fixture.given(defined()).when(meeting("copil 2024", MeetingKind.COPIL, NOVEMBER_2024))
                .expectException(violates("meeting-id-invalid"));
    }

    @Test
    void refusesAMeetingWithoutKind() {
        fixture.given(defined()).when(meeting(COPIL, null, NOVEMBER_2024))
                .expectException(violates("meeting-kind-required"));
    }

    @Test
    void refusesABlankPlace() {
        fixture.given(defined()).when(new RecordMeeting(ID, COPIL, MeetingKind.COPIL, NOVEMBER_2024, " ", ATTENDEES,
                        AGENDA, List.of(), null))
                .expectException(violates("meeting-place-blank"));
    }

    @Test
    void recordsAMeetingWhosePlaceIsNotKnown() {
        fixture.given(defined()).when(new RecordMeeting(ID, COPIL, MeetingKind.COPIL, NOVEMBER_2024, null, List.of(),
                        List.of(), List.of(), null))
                .expectEvents(new MeetingRecorded(ID, COPIL, MeetingKind.COPIL, NOVEMBER_2024, null, List.of(), List.of()));
    }

    @Test
    void refusesAnAttendeeWithoutRole() {
        fixture.given(defined()).when(new RecordMeeting(ID, COPIL, MeetingKind.COPIL, NOVEMBER_2024, "Rive-de-Gier",
                        List.of(new Attendee("Caf de la Loire", null, null)), AGENDA, List.of(), null))
                .expectException(violates("meeting-attendee-incomplete"));
    }

    @Test
    void refusesADecisionOnAMeetingNotRecorded() {
        fixture.given(defined()).when(decision(COPIL, validate(2024)))
                .expectException(violates("meeting-not-found"));
    }

    @Test
    void validatesAYearsReportOnce() {
        fixture.given(defined(), COPIL_RECORDED, new AnnualReportValidated(ID, COPIL, 2024))
                .when(decision(COPIL, validate(2024)))
                .expectException(violates("report-year-already-validated"));
    }

    @Test
    void refusesTheSameYearValidatedTwiceInOneMeeting() {
        fixture.given(defined()).when(meeting(COPIL, MeetingKind.COPIL, NOVEMBER_2024, validate(2024), validate(2024)))
                .expectException(violates("report-year-already-validated"));
    }

    @Test
    void onlyACopilValidatesAReport() {
        fixture.given(defined()).when(meeting("cotech-1", MeetingKind.COTECH, NOVEMBER_2024, validate(2024)))
                .expectException(violates("report-validated-by-copil-only"));
    }

    @Test
    void refusesTheReportOfAYearNotBegun() {
        fixture.given(defined(), COPIL_RECORDED).when(decision(COPIL, validate(2025)))
                .expectException(violates("report-year-not-begun"));
    }

    @Test
    void refusesTheReportOfAYearOutsideThePeriod() {
        fixture.given(defined(), new MeetingRecorded(ID, "copil-2022", MeetingKind.COPIL, LocalDate.of(2022, 11, 10),
                        "Rive-de-Gier", ATTENDEES, AGENDA))
                .when(decision("copil-2022", validate(2022)))
                .expectException(violates("report-year-outside-period"));
    }

    @Test
    void refusesAReportValidationWithoutYear() {
        fixture.given(defined(), COPIL_RECORDED).when(decision(COPIL, validate(null)))
                .expectException(violates("report-year-required"));
    }

    @Test
    void reorientsAnActionWithTheMeetingAsItsCause() {
        fixture.given(defined(), COPIL_RECORDED)
                .when(decision(COPIL, onAction(DecisionKind.REORIENT_ACTION, "pe-01", ActionStatus.IN_PROGRESS,
                        "Élargir le réseau aux assistantes maternelles")))
                .expectEvents(new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                        NOVEMBER_2024, null, "Élargir le réseau aux assistantes maternelles", COPIL));
    }

    @Test
    void postponesAnActionOnTheMeetingsDay() {
        fixture.given(defined(), COPIL_RECORDED)
                .when(decision(COPIL, onAction(DecisionKind.POSTPONE_ACTION, "pe-01", null, "Local indisponible")))
                .expectEvents(new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED, ActionStatus.POSTPONED,
                        NOVEMBER_2024, null, "Local indisponible", COPIL));
    }

    @Test
    void abandonsAnAction() {
        fixture.given(defined(), COPIL_RECORDED)
                .when(decision(COPIL, onAction(DecisionKind.ABANDON_ACTION, "pe-01", null, "Besoin couvert")))
                .expectEvents(new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED, ActionStatus.ABANDONED,
                        NOVEMBER_2024, null, "Besoin couvert", COPIL));
    }

    @Test
    void aDecisionOnAnUnknownActionIsNotFound() {
        fixture.given(defined(), COPIL_RECORDED)
                .when(decision(COPIL, onAction(DecisionKind.ABANDON_ACTION, "pe-99", null, "Besoin couvert")))
                .expectException(violates("action-not-found"));
    }

    @Test
    void aDecisionCannotReopenADoneAction() {
        fixture.given(defined(), new ActionStatusUpdated(ID, "pe-01", ActionStatus.PLANNED, ActionStatus.DONE,
                        LocalDate.of(2024, 6, 1), null, null), COPIL_RECORDED)
                .when(decision(COPIL, onAction(DecisionKind.REORIENT_ACTION, "pe-01", ActionStatus.IN_PROGRESS, "Relancer")))
                .expectException(violates("action-already-done"));
    }

    @Test
    void aPreparatoryCopilCannotChangeAnActionBeforeThePeriod() {
        fixture.given(defined(), new MeetingRecorded(ID, "copil-2022", MeetingKind.COPIL, LocalDate.of(2022, 11, 10),
                        "Rive-de-Gier", ATTENDEES, AGENDA))
                .when(decision("copil-2022", onAction(DecisionKind.POSTPONE_ACTION, "pe-01", null, "Trop tôt")))
                .expectException(violates("date-outside-convention-period"));
    }

    @Test
    void aDecisionOnAnActionStatesItsReason() {
        fixture.given(defined(), COPIL_RECORDED)
                .when(decision(COPIL, onAction(DecisionKind.REORIENT_ACTION, "pe-01", ActionStatus.IN_PROGRESS, null)))
                .expectException(violates("decision-reason-required"));
    }

    @Test
    void aReorientationGivesTheNewStatus() {
        fixture.given(defined(), COPIL_RECORDED)
                .when(decision(COPIL, onAction(DecisionKind.REORIENT_ACTION, "pe-01", null, "Relancer")))
                .expectException(violates("action-status-required"));
    }

    @Test
    void aPostponementCannotSetAnotherStatus() {
        fixture.given(defined(), COPIL_RECORDED)
                .when(decision(COPIL, onAction(DecisionKind.POSTPONE_ACTION, "pe-01", ActionStatus.DONE, "Fini")))
                .expectException(violates("decision-status-contradicts-kind"));
    }

    @Test
    void decisionsOfOneMeetingSeeEachOther() {
        fixture.given(defined())
                .when(meeting(COPIL, MeetingKind.COPIL, NOVEMBER_2024,
                        onAction(DecisionKind.REORIENT_ACTION, "pe-01", ActionStatus.DONE, "Réseau installé"),
                        onAction(DecisionKind.POSTPONE_ACTION, "pe-01", null, "Encore")))
                .expectException(violates("action-already-done"));
    }

    @Test
    void asksForAnAmendmentAsAnEventOfItsOwn() {
        fixture.given(defined(), COPIL_RECORDED)
                .when(decision(COPIL, text(DecisionKind.REQUEST_AMENDMENT, "Ajouter une fiche sur les 11-14 ans")))
                .expectEvents(new AmendmentRequested(ID, COPIL, "Ajouter une fiche sur les 11-14 ans"));
    }

    @Test
    void anAmendmentRequestStatesItsText() {
        fixture.given(defined(), COPIL_RECORDED).when(decision(COPIL, text(DecisionKind.REQUEST_AMENDMENT, " ")))
                .expectException(violates("decision-text-required"));
    }

    @Test
    void recordsAFreeDecision() {
        fixture.given(defined(), COPIL_RECORDED).when(decision(COPIL, text(DecisionKind.FREE, "Plan d'actions adopté")))
                .expectEvents(new CommitteeDecisionRecorded(ID, COPIL, "Plan d'actions adopté"));
    }

    @Test
    void aFreeDecisionStatesItsText() {
        fixture.given(defined(), COPIL_RECORDED).when(decision(COPIL, text(DecisionKind.FREE, null)))
                .expectException(violates("decision-text-required"));
    }

    @Test
    void aDecisionSaysItsKind() {
        fixture.given(defined(), COPIL_RECORDED).when(decision(COPIL, text(null, "Quoi ?")))
                .expectException(violates("decision-kind-required"));
    }
}
