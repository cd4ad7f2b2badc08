package fr.ctg.command.convention;

import fr.ctg.document.AttachDocument;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRef;
import fr.ctg.document.DocumentRole;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.ImportPrefectureReceipt;
import fr.ctg.route.PrefectureReceipt;
import fr.ctg.route.PrefectureTransmissionRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.ctg.command.convention.Fixtures.*;

/** The prefecture's receipt imported as the transmission, and documents attached to what they document. */
class DocumentsTest {

    private static final LocalDate RECEIVED = LocalDate.of(2023, 9, 13);
    private static final DocumentRef RECEIPT = new DocumentRef("a".repeat(64), 900, "application/xml", "ARActe.xml");
    private static final DocumentRef STAMPED = new DocumentRef("b".repeat(64), 40_000, "application/pdf", "acte.pdf");
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void theReceiptRecordsTheTransmissionReceivedOnItsDayWithItsSubjectCodesAndAttachesItself() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(receipt(RIVE_DE_GIER_ACTES, "1", STAMPED))
                .expectEvents(new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, RECEIVED, RECEIVED,
                                RIVE_DE_GIER_ACTES, List.of("8", "2")),
                        new DocumentAttached(ID, DocumentRole.RECEIPT, RIVE_DE_GIER, RECEIPT),
                        new DocumentAttached(ID, DocumentRole.STAMPED_ACT, RIVE_DE_GIER, STAMPED));
    }

    @Test
    void aReceiptForAnotherDeliberationOfTheCouncilIsRefused() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(receipt("042-214201865-20230906-DEL_2023_065-DE", "1", null))
                .expectException(violates("receipt-actes-id-mismatch"))
                .expectNoEvents();
    }

    @Test
    void aReceiptOtherThanTheVotesActesIdIsRefused() {
        CouncilVoteRecorded withId = new CouncilVoteRecorded(ID, RIVE_DE_GIER, SESSION,
                adopted(RIVE_DE_GIER, "DEL_2023_064").votes(), adopted(RIVE_DE_GIER, "DEL_2023_064").ballot(), null,
                adopted(RIVE_DE_GIER, "DEL_2023_064").outcome(), "DEL_2023_064", RIVE_DE_GIER_ACTES,
                attending(RIVE_DE_GIER), null);
        fixture.given(defined(), presented(RIVE_DE_GIER), withId)
                .when(receipt("042-214201865-20230906-DEL_2023_064-AR", "1", null))
                .expectException(violates("receipt-actes-id-mismatch"));
    }

    @Test
    void aReceiptOfAnActThatIsNotADeliberationIsRefused() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(receipt(RIVE_DE_GIER_ACTES, "4", null))
                .expectException(violates("receipt-not-a-deliberation"));
    }

    @Test
    void aReceiptDoesNotRecordATransmissionTwice() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                        new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, RECEIVED, RECEIVED, RIVE_DE_GIER_ACTES))
                .when(receipt(RIVE_DE_GIER_ACTES, "1", null))
                .expectException(violates("transmission-already-recorded"));
    }

    @Test
    void theSignedDeliberationAttachesToAVotedDeliberationOnly() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(attach(DocumentRole.SIGNED_DELIBERATION, RIVE_DE_GIER))
                .expectException(violates("document-without-deliberation"));
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(attach(DocumentRole.SIGNED_DELIBERATION, RIVE_DE_GIER))
                .expectEvents(new DocumentAttached(ID, DocumentRole.SIGNED_DELIBERATION, RIVE_DE_GIER, STAMPED));
    }

    @Test
    void theStampedActAttachesToARecordedTransmissionOnly() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(attach(DocumentRole.STAMPED_ACT, RIVE_DE_GIER))
                .expectException(violates("document-without-transmission"));
    }

    @Test
    void theSignedConventionAttachesToAGivenSignatureOnly() {
        fixture.given(defined())
                .when(attach(DocumentRole.SIGNED_CONVENTION, "caf"))
                .expectException(violates("document-without-signature"));
        fixture.given(defined())
                .when(attach(DocumentRole.SIGNED_CONVENTION, "nobody"))
                .expectException(violates("party-not-in-convention"));
    }

    @Test
    void minutesAttachToARecordedMeetingOnly() {
        fixture.given(defined())
                .when(attach(DocumentRole.MINUTES, "copil-2024-11-20"))
                .expectException(violates("meeting-not-found"));
    }

    private static ImportPrefectureReceipt receipt(String actesId, String nature, DocumentRef stamped) {
        return new ImportPrefectureReceipt(ID, RIVE_DE_GIER, new PrefectureReceipt(actesId, RECEIVED, SESSION,
                "DEL_2023_064", nature, List.of("8", "2"), "2019-08-29", "Approbation de la CTG"), null, RECEIPT,
                stamped, null);
    }

    private static AttachDocument attach(DocumentRole role, String key) {
        return new AttachDocument(ID, role, key, STAMPED, null);
    }
}
