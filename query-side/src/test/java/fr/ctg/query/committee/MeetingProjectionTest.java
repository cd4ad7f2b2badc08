package fr.ctg.query.committee;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.committee.AmendmentRequested;
import fr.ctg.actionplan.committee.AnnualReportValidated;
import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.CommitteeDecisionRecorded;
import fr.ctg.actionplan.committee.DecisionKind;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.MeetingRecorded;
import fr.ctg.actionplan.committee.query.DecisionView;
import fr.ctg.actionplan.committee.query.FindMeeting;
import fr.ctg.actionplan.committee.query.FindMeetings;
import fr.ctg.actionplan.committee.query.FindMeetingsOfConventions;
import fr.ctg.actionplan.committee.query.MeetingList;
import fr.ctg.actionplan.committee.query.MeetingView;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRef;
import fr.ctg.document.DocumentRole;
import fr.ctg.query.support.History;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.ctg.query.support.TestConvention.defined;
import static org.assertj.core.api.Assertions.assertThat;

class MeetingProjectionTest {

    private static final String ID = "ctg-test";
    private static final List<Attendee> ATTENDEES = List.of(new Attendee("Caf de la Loire", "Copilote", null));
    private static final DocumentRef DRAFT = pdf("a".repeat(64), "cr-copil-2024-projet.pdf");
    private static final DocumentRef MINUTES = pdf("b".repeat(64), "cr-copil-2024.pdf");

    private final MeetingProjection projection = new MeetingProjection(ReadModelDatabase.jdbc());

    @BeforeEach
    void clear() {
        ReadModelDatabase.clear(projection.tables());
    }

    private History history() {
        return new History()
                .add(defined(ID))
                .add(new MeetingRecorded(ID, "copil-2024", MeetingKind.COPIL, LocalDate.of(2024, 11, 20), "Rive-de-Gier",
                        ATTENDEES, List.of("Bilan 2024")))
                .add(new AnnualReportValidated(ID, "copil-2024", 2024))
                .add(new MeetingRecorded(ID, "copil-2022", MeetingKind.COPIL, LocalDate.of(2022, 11, 10), "Lorette",
                        ATTENDEES, List.of()))
                .add(new CommitteeDecisionRecorded(ID, "copil-2022", "Quatre thèmes priorisés"))
                .add(new ActionStatusUpdated(ID, "a3", ActionStatus.PLANNED, ActionStatus.POSTPONED,
                        LocalDate.of(2024, 11, 20), null, "Pas de local", "copil-2024"))
                .add(new ActionStatusUpdated(ID, "a1", ActionStatus.PLANNED, ActionStatus.IN_PROGRESS,
                        LocalDate.of(2024, 12, 1), "coordinatrice", null))
                .add(new AmendmentRequested(ID, "copil-2024", "Ajouter une fiche 11-14 ans"))
                .add(new DocumentAttached(ID, DocumentRole.MINUTES, "copil-2024", DRAFT))
                .add(new DocumentAttached(ID, DocumentRole.SIGNED_CONVENTION, "caf", pdf("c".repeat(64), "ctg.pdf")))
                .add(new DocumentAttached(ID, DocumentRole.MINUTES, "copil-2024", MINUTES));
    }

    private static DocumentRef pdf(String sha256, String fileName) {
        return new DocumentRef(sha256, 1234, "application/pdf", fileName);
    }

    @Test
    void theMeetingsOfSeveralConventionsComeInOneReadEachWithItsOwnDecisionsUnderTheSameMeetingId() {
        String other = "ctg-other";
        history().add(defined(other))
                .add(new MeetingRecorded(other, "copil-2024", MeetingKind.COPIL, LocalDate.of(2024, 10, 1), "Lorette",
                        ATTENDEES, List.of()))
                .add(new CommitteeDecisionRecorded(other, "copil-2024", "Une autre décision"))
                .add(defined("ctg-not-asked"))
                .deliverTo(projection);

        var byConvention = projection.handle(new FindMeetingsOfConventions(List.of(ID, other, "nope")))
                .byConvention();

        assertThat(byConvention).containsOnlyKeys(ID, other);
        assertThat(byConvention.get(ID)).as("as the convention's own list")
                .isEqualTo(projection.handle(new FindMeetings(ID, null)).meetings());
        assertThat(byConvention.get(other)).singleElement().extracting(MeetingView::decisions).asList()
                .extracting("text").containsExactly("Une autre décision");
    }

    @Test
    void listsMeetingsByDateWithTheirDecisionsInOrder() {
        history().deliverTo(projection);

        MeetingList list = projection.handle(new FindMeetings(ID, null));

        assertThat(list.meetings()).extracting(MeetingView::meetingId).containsExactly("copil-2022", "copil-2024");
        assertThat(list.meetings().get(1).decisions()).containsExactly(
                new DecisionView(DecisionKind.VALIDATE_REPORT, 2024, null, null, null, null, null),
                new DecisionView(DecisionKind.POSTPONE_ACTION, null, "a3", ActionStatus.PLANNED, ActionStatus.POSTPONED,
                        "Pas de local", null),
                new DecisionView(DecisionKind.REQUEST_AMENDMENT, null, null, null, null, null,
                        "Ajouter une fiche 11-14 ans"));
        assertThat(list.meetings().get(1).attendees()).isEqualTo(ATTENDEES);
    }

    @Test
    void aMeetingsMinutesAreTheDocumentLastAttachedAsItsMinutes() {
        history().deliverTo(projection);

        List<MeetingView> meetings = projection.handle(new FindMeetings(ID, null)).meetings();

        assertThat(meetings.get(1).minutesDocumentId()).isEqualTo(MINUTES.sha256());
        assertThat(meetings.get(0).minutesDocumentId()).as("copil-2022 has no minutes").isNull();
        assertThat(projection.handle(new FindMeeting(ID, "copil-2024")).minutesDocumentId())
                .isEqualTo(MINUTES.sha256());
    }

    @Test
    void earlierMinutesDeliveredAgainDoNotReplaceTheLaterOnes() {
        History history = history();
        history.deliverTo(projection);

        History.deliver(projection, history.events().subList(history.events().size() - 3,
                history.events().size() - 2));

        assertThat(projection.handle(new FindMeeting(ID, "copil-2024")).minutesDocumentId())
                .isEqualTo(MINUTES.sha256());
    }

    @Test
    void theCoordinatorsOwnStatusUpdatesAreNoCommitteeDecision() {
        history().deliverTo(projection);

        assertThat(projection.handle(new FindMeetings(ID, null)).meetings())
                .flatExtracting(MeetingView::decisions).extracting(DecisionView::actionId).doesNotContain("a1");
    }

    @Test
    void keepsOneYearsMeetings() {
        history().deliverTo(projection);

        assertThat(projection.handle(new FindMeetings(ID, 2022)).meetings()).extracting(MeetingView::meetingId)
                .containsExactly("copil-2022");
    }

    @Test
    void answersNothingForAConventionNeverSeenAndAnEmptyListForOneWithoutMeetings() {
        new History().add(defined(ID)).deliverTo(projection);

        assertThat(projection.handle(new FindMeetings("ctg-unknown", null))).isNull();
        assertThat(projection.handle(new FindMeetings(ID, null)).meetings()).isEmpty();
        assertThat(projection.handle(new FindMeeting(ID, "copil-2024"))).isNull();
    }

    @Test
    void findsOneMeeting() {
        history().deliverTo(projection);

        assertThat(projection.handle(new FindMeeting(ID, "copil-2022")).decisions()).extracting(DecisionView::text)
                .containsExactly("Quatre thèmes priorisés");
    }

    @Test
    void anEventDeliveredAgainChangesNothing() {
        Idempotence.assertRedeliveryChangesNothing(projection, history().events());
    }

    @Test
    void oneBatchEndsAsEventByEvent() {
        Idempotence.assertOneBatchEndsAsOneByOne(projection, history().events());
    }
}
