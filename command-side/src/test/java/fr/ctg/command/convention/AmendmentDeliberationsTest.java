package fr.ctg.command.convention;

import fr.ctg.amendment.AdvanceAmendmentRoute;
import fr.ctg.amendment.AmendmentChangeAdded;
import fr.ctg.amendment.AmendmentClosed;
import fr.ctg.amendment.AmendmentDeliberationAnnulled;
import fr.ctg.amendment.AmendmentDeliberationRetracted;
import fr.ctg.amendment.AmendmentOpened;
import fr.ctg.amendment.AmendmentPrefectLetterAnswered;
import fr.ctg.amendment.AmendmentPrefectLetterReceived;
import fr.ctg.amendment.AmendmentPresented;
import fr.ctg.amendment.AmendmentQuorumNotReached;
import fr.ctg.amendment.AmendmentReferredToCourt;
import fr.ctg.amendment.AmendmentState;
import fr.ctg.amendment.AmendmentSubmitted;
import fr.ctg.amendment.AmendmentVoteRecorded;
import fr.ctg.amendment.PlanChange;
import fr.ctg.convention.PartyKind;
import fr.ctg.document.AttachDocument;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRef;
import fr.ctg.document.DocumentRole;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.route.ImportPrefectureReceipt;
import fr.ctg.route.PrefectureReceipt;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.amendment.AmendmentTransmissionRecorded;
import fr.ctg.route.RecordAnnulment;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordCourtReferral;
import fr.ctg.route.RecordLetterAnswer;
import fr.ctg.route.RecordPrefectLetter;
import fr.ctg.route.RecordPrefectureTransmission;
import fr.ctg.route.RecordQuorumNotReached;
import fr.ctg.route.RetractDeliberation;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.ctg.command.convention.AmendmentsTest.*;
import static fr.ctg.command.convention.Fixtures.*;

/**
 * A council's deliberation on an amendment goes the convention's whole legal way: a meeting without quorum, the
 * prefect's legality control (letter, answer, referral), its annulment or retraction, its documents; and its ACTES id
 * is no other deliberation's.
 */
class AmendmentDeliberationsTest {

    private static final LocalDate PRESENTED = LocalDate.of(2024, 5, 2);
    /** Two months after the prefecture received the amendment's deliberation on 17 May 2024. */
    private static final LocalDate WINDOW_END = LocalDate.of(2024, 7, 17);
    private static final DocumentRef SIGNED_PDF = new DocumentRef("c".repeat(64), 52_000, "application/pdf",
            "deliberation-avenant-1.pdf");

    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    private static AdvanceAmendmentRoute step(Object step) {
        return new AdvanceAmendmentRoute(ID, 1, step, null);
    }

    private static List<Object> presented() {
        return with(submitted(), new AmendmentPresented(ID, 1, new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER,
                PRESENTED)));
    }

    private static RecordCouncilVote voteWith(LocalDate on, int present, VoteCount votes) {
        return new RecordCouncilVote(ID, RIVE_DE_GIER, on, votes, null, present, 0, BallotType.PUBLIC, null,
                "DEL_2024_010", null, null);
    }

    @Test
    void aMeetingOnTheAmendmentWithoutQuorumLetsASecondOneDeliberateThreeDaysLater() {
        fixture.given(presented()).when(step(new RecordQuorumNotReached(ID, RIVE_DE_GIER, PRESENTED, null, 10, null)))
                .expectEvents(new AmendmentQuorumNotReached(ID, 1, new QuorumNotReached(ID, RIVE_DE_GIER, PRESENTED,
                        33, 10)));
        fixture.given(presented()).when(step(new RecordQuorumNotReached(ID, RIVE_DE_GIER, PRESENTED, null, 30, null)))
                .expectException(violates("quorum-was-reached"));
        fixture.given(submitted()).when(step(new RecordQuorumNotReached(ID, RIVE_DE_GIER, PRESENTED, null, 10, null)))
                .expectException(violates("vote-before-presentation"));

        List<Object> lacking = with(presented(), new AmendmentQuorumNotReached(ID, 1,
                new QuorumNotReached(ID, RIVE_DE_GIER, PRESENTED, 33, 10)));
        LocalDate second = PRESENTED.plusDays(3);
        fixture.given(lacking).when(step(voteWith(second, 10, new VoteCount(8, 1, 1, 0))))
                .expectEvents(new AmendmentVoteRecorded(ID, 1, new CouncilVoteRecorded(ID, RIVE_DE_GIER, second,
                        new VoteCount(8, 1, 1, 0), BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "DEL_2024_010", null,
                        new Attendance(33, 10, 0), PRESENTED)));
        fixture.given(lacking).when(step(voteWith(PRESENTED.plusDays(2), 10, new VoteCount(8, 1, 1, 0))))
                .expectException(violates("quorum-not-reached"));
        fixture.given(presented()).when(step(voteWith(second, 10, new VoteCount(8, 1, 1, 0))))
                .expectException(violates("quorum-not-reached"));
    }

    @Test
    void thePrefectControlsTheAmendmentsDeliberationOnceReceivedAndWithinItsWindow() {
        fixture.given(executory()).when(step(new RecordPrefectLetter(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS,
                        WINDOW_END, "Annexe manquante", null)))
                .expectEvents(new AmendmentPrefectLetterReceived(ID, 1, new PrefectLetterReceived(ID, RIVE_DE_GIER,
                        PrefectLetterKind.OBSERVATIONS, WINDOW_END, "Annexe manquante")));
        fixture.given(executory()).when(step(new RecordPrefectLetter(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS,
                        WINDOW_END.plusDays(1), "Trop tard", null)))
                .expectException(violates("control-window-closed"));
        fixture.given(presented()).when(step(new RecordPrefectLetter(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS,
                        PRESENTED, "Avant la transmission", null)))
                .expectException(violates("legality-control-before-transmission"));
        fixture.given(executory()).when(step(new RecordLetterAnswer(ID, RIVE_DE_GIER, WINDOW_END, "Réponse", null)))
                .expectException(violates("no-prefect-letter-pending"));

        List<Object> written = with(executory(), new AmendmentPrefectLetterReceived(ID, 1,
                new PrefectLetterReceived(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS, WINDOW_END, "Annexe")));
        LocalDate answered = WINDOW_END.plusDays(10);
        fixture.given(written).when(step(new RecordLetterAnswer(ID, RIVE_DE_GIER, answered, "Annexe jointe", null)))
                .expectEvents(new AmendmentPrefectLetterAnswered(ID, 1, new PrefectLetterAnswered(ID, RIVE_DE_GIER,
                        answered, "Annexe jointe")));
    }

    @Test
    void thePrefectMayReferTheAmendmentsDeliberationToTheCourtWhichMayAnnulIt() {
        LocalDate referred = LocalDate.of(2024, 7, 1);
        fixture.given(executory()).when(step(new RecordCourtReferral(ID, RIVE_DE_GIER, referred, "TA de Lyon", null)))
                .expectEvents(new AmendmentReferredToCourt(ID, 1, new DeliberationReferredToCourt(ID, RIVE_DE_GIER,
                        referred, "TA de Lyon")));
        List<Object> referredToCourt = with(executory(), new AmendmentReferredToCourt(ID, 1,
                new DeliberationReferredToCourt(ID, RIVE_DE_GIER, referred, "TA de Lyon")));
        fixture.given(referredToCourt).when(step(new RecordCourtReferral(ID, RIVE_DE_GIER, referred.plusDays(1),
                        "TA de Lyon", null)))
                .expectException(violates("deliberation-already-referred"));
        LocalDate annulled = LocalDate.of(2024, 10, 1);
        fixture.given(referredToCourt).when(step(new RecordAnnulment(ID, RIVE_DE_GIER, annulled, "TA de Lyon",
                        "2404567", null)))
                .expectEvents(new AmendmentDeliberationAnnulled(ID, 1, new DeliberationAnnulled(ID, RIVE_DE_GIER,
                        annulled, "TA de Lyon", "2404567")));
        fixture.given(submitted()).when(step(new RecordAnnulment(ID, RIVE_DE_GIER, annulled, "TA de Lyon", null, null)))
                .expectException(violates("no-adopted-deliberation"));
    }

    /** An annulled or retracted deliberation on the amendment: the council cannot sign; it is presented again. */
    @Test
    void aCouncilWhoseDeliberationOnTheAmendmentEndedDeliberatesAgainBeforeSigning() {
        LocalDate annulled = LocalDate.of(2024, 10, 1);
        List<Object> ended = with(executory(), new AmendmentDeliberationAnnulled(ID, 1,
                new DeliberationAnnulled(ID, RIVE_DE_GIER, annulled, "TA de Lyon", null)));
        fixture.given(ended).when(sign(RIVE_DE_GIER, annulled.plusDays(1)))
                .expectException(violates("party-cannot-sign-yet"));
        fixture.given(ended).when(step(voteWith(annulled.plusDays(5), 30, new VoteCount(20, 3, 2, 0))))
                .expectException(violates("new-presentation-required"));
        fixture.given(ended).when(step(new PresentToMunicipalCouncil(ID, RIVE_DE_GIER, VOTED.minusDays(1), null)))
                .expectException(violates("presentation-before-previous-vote"));
        fixture.given(ended).when(step(new PresentToMunicipalCouncil(ID, RIVE_DE_GIER, annulled.plusDays(5), null)))
                .expectEvents(new AmendmentPresented(ID, 1, new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER,
                        annulled.plusDays(5))));

        LocalDate retracted = LocalDate.of(2024, 6, 1);
        fixture.given(executory()).when(step(new RetractDeliberation(ID, RIVE_DE_GIER, retracted, "Erreur matérielle",
                        null)))
                .expectEvents(new AmendmentDeliberationRetracted(ID, 1, new DeliberationRetracted(ID, RIVE_DE_GIER,
                        retracted, "Erreur matérielle")));
    }

    @Test
    void theControlRunsOnItsOwnClockOnceTheAmendmentIsInForce() {
        List<Object> inForce = with(cafSigned(), partySigned(RIVE_DE_GIER, PartyKind.COMMUNE, "Rive-de-Gier",
                LAST_SIGNATURE), inForce());
        fixture.given(inForce).when(step(new RecordPrefectLetter(ID, RIVE_DE_GIER, PrefectLetterKind.DOCUMENTS_REQUEST,
                        WINDOW_END, "Pièces", null)))
                .expectEvents(new AmendmentPrefectLetterReceived(ID, 1, new PrefectLetterReceived(ID, RIVE_DE_GIER,
                        PrefectLetterKind.DOCUMENTS_REQUEST, WINDOW_END, "Pièces")));
        fixture.given(inForce).when(step(new RecordQuorumNotReached(ID, RIVE_DE_GIER, WINDOW_END, null, 10, null)))
                .expectException(violates("amendment-not-submitted"));
    }

    @Test
    void documentsAttachToTheAmendmentsDeliberationTransmissionAndSignatures() {
        String deliberation = "amendment-1:" + RIVE_DE_GIER;
        fixture.given(executory()).when(step(new AttachDocument(ID, DocumentRole.SIGNED_DELIBERATION, deliberation,
                        SIGNED_PDF, null)))
                .expectEvents(new DocumentAttached(ID, DocumentRole.SIGNED_DELIBERATION, deliberation, SIGNED_PDF));
        fixture.given(executory()).when(step(new AttachDocument(ID, DocumentRole.STAMPED_ACT, deliberation,
                        SIGNED_PDF, null)))
                .expectEvents(new DocumentAttached(ID, DocumentRole.STAMPED_ACT, deliberation, SIGNED_PDF));
        fixture.given(presented()).when(step(new AttachDocument(ID, DocumentRole.SIGNED_DELIBERATION, deliberation,
                        SIGNED_PDF, null)))
                .expectException(violates("document-without-deliberation"));
        fixture.given(executory()).when(step(new AttachDocument(ID, DocumentRole.SIGNED_DELIBERATION,
                        "amendment-1:" + SAINT_CHAMOND, SIGNED_PDF, null)))
                .expectException(violates("council-not-concerned"));
        fixture.given(executory()).when(step(new AttachDocument(ID, DocumentRole.SIGNED_CONVENTION, "amendment-1:caf",
                        SIGNED_PDF, null)))
                .expectException(violates("document-without-signature"));
        fixture.given(cafSigned()).when(step(new AttachDocument(ID, DocumentRole.SIGNED_CONVENTION, "amendment-1:caf",
                        SIGNED_PDF, null)))
                .expectEvents(new DocumentAttached(ID, DocumentRole.SIGNED_CONVENTION, "amendment-1:caf", SIGNED_PDF));
        fixture.given(executory()).when(step(new AttachDocument(ID, DocumentRole.SIGNED_CONVENTION,
                        "amendment-1:" + SAINT_CHAMOND, SIGNED_PDF, null)))
                .expectException(violates("party-not-concerned"));
        fixture.given(executory()).when(step(new AttachDocument(ID, DocumentRole.MINUTES, "amendment-1:copil",
                        SIGNED_PDF, null)))
                .expectException(violates("document-role-invalid"));
        fixture.given(executory()).when(step(new AttachDocument(ID, DocumentRole.SIGNED_DELIBERATION, RIVE_DE_GIER,
                        SIGNED_PDF, null)))
                .expectException(violates("document-target-required"));
    }

    @Test
    void thePrefecturesReceiptGivesTheAmendmentsTransmissionAndIsAttachedToIt() {
        List<Object> voted = with(presented(), new AmendmentVoteRecorded(ID, 1, amendmentVote()));
        LocalDate received = LocalDate.of(2024, 5, 17);
        DocumentRef receipt = new DocumentRef("d".repeat(64), 900, "application/xml", "ARActe.xml");
        String subject = "amendment-1:" + RIVE_DE_GIER;
        fixture.given(voted).when(step(new ImportPrefectureReceipt(ID, RIVE_DE_GIER, new PrefectureReceipt(
                        AMENDMENT_ACTES, received, VOTED, "DEL_2024_010", "1", List.of("8", "5"), "2019-08-29",
                        "Avenant n° 1 à la CTG"), null, receipt, SIGNED_PDF, null)))
                .expectEvents(new AmendmentTransmissionRecorded(ID, 1, new PrefectureTransmissionRecorded(ID,
                                RIVE_DE_GIER, received, received, AMENDMENT_ACTES, List.of("8", "5"))),
                        new DocumentAttached(ID, DocumentRole.RECEIPT, subject, receipt),
                        new DocumentAttached(ID, DocumentRole.STAMPED_ACT, subject, SIGNED_PDF));
        fixture.given(voted).when(step(new ImportPrefectureReceipt(ID, RIVE_DE_GIER, new PrefectureReceipt(
                        RIVE_DE_GIER_ACTES, received, SESSION, "DEL_2023_064", "1", List.of("8", "5"), "2019-08-29",
                        "La CTG"), null, receipt, null, null)))
                .expectException(violates("receipt-actes-id-mismatch"));
    }

    /** Amendment no. 1 voted (its ACTES id recorded) then withdrawn; no. 2 submitted and presented the same day. */
    private static List<Object> secondAmendmentPresented() {
        return with(submitted(), new AmendmentPresented(ID, 1, new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER,
                        PRESENTED)), new AmendmentVoteRecorded(ID, 1, amendmentVote()),
                new AmendmentClosed(ID, 1, AmendmentState.WITHDRAWN, VOTED, "Remplacé par l'avenant n° 2"),
                new AmendmentOpened(ID, 2, 2, "Avenant n° 2", "Fusion", null, CONCERNED, VOTED),
                new AmendmentChangeAdded(ID, 2, PlanChange.merge(List.of("pe-01", "pe-02"), MERGED)),
                new AmendmentSubmitted(ID, 2, VOTED),
                new AmendmentPresented(ID, 2, new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER, VOTED)));
    }

    @Test
    void anAmendmentsActesIdIsNoOtherDeliberations() {
        RecordCouncilVote sameAct = new RecordCouncilVote(ID, RIVE_DE_GIER, VOTED, new VoteCount(20, 3, 2, 0), null,
                attending(RIVE_DE_GIER).present(), 0, BallotType.PUBLIC, null, "DEL_2024_010", AMENDMENT_ACTES, null);
        fixture.given(secondAmendmentPresented()).when(new AdvanceAmendmentRoute(ID, 2, sameAct, null))
                .expectException(violates("actes-id-already-used"));
        fixture.given(secondAmendmentPresented()).when(new AdvanceAmendmentRoute(ID, 2,
                        new RecordPrefectureTransmission(ID, RIVE_DE_GIER, VOTED, VOTED, AMENDMENT_ACTES, null), null))
                .expectException(violates("transmission-before-adoption"));

        // The convention's own deliberation, annulled and voted again, cannot take the amendment's act either.
        List<Object> conventionAgain = with(executory(), new DeliberationAnnulled(ID, RIVE_DE_GIER,
                LocalDate.of(2024, 5, 10), "TA de Lyon", null), new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER,
                LocalDate.of(2024, 5, 11)));
        fixture.given(conventionAgain).when(new RecordCouncilVote(ID, RIVE_DE_GIER, VOTED, new VoteCount(20, 3, 2, 0),
                        null, attending(RIVE_DE_GIER).present(), 0, BallotType.PUBLIC, null, "DEL_2024_010",
                        AMENDMENT_ACTES, null))
                .expectException(violates("actes-id-already-used"));
        fixture.given(conventionAgain).when(new RecordCouncilVote(ID, RIVE_DE_GIER, VOTED, new VoteCount(20, 3, 2, 0),
                        null, attending(RIVE_DE_GIER).present(), 0, BallotType.PUBLIC, null, "DEL_2024_011",
                        "042-214201865-20240515-DEL_2024_011-DE", null))
                .expectSuccessfulHandlerExecution();
    }
}
