package fr.ctg.command.convention;

import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.convention.CafBoardDecisionRecorded;
import fr.ctg.convention.PartyKind;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.PartySigned;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.RecordPrefectureTransmission;
import fr.ctg.route.RecordPublication;
import fr.ctg.route.Signatory;
import fr.ctg.route.WithdrawCommune;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static fr.ctg.command.convention.Fixtures.*;

/** Transmission to the prefecture, publication, withdrawal and signature. */
class DeliberationAndSignatureTest {

    private static final LocalDate SENT = LocalDate.of(2023, 9, 13);
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void recordsTheTransmissionOfAnAdoptedDeliberation() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES, null))
                .expectEvents(new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES));
    }

    @Test
    void cannotTransmitWithoutAnAdoptedDeliberation() {
        fixture.given(defined(), presented(RIVE_DE_GIER), rejected(RIVE_DE_GIER))
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES, null))
                .expectException(violates("transmission-before-adoption"));
    }

    @Test
    void cannotTransmitTwice() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                        new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES))
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES, null))
                .expectException(violates("transmission-already-recorded"));
    }

    @Test
    void thePrefectureCannotReceiveBeforeTheCommuneSent() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SENT, SENT.minusDays(1), RIVE_DE_GIER_ACTES, null))
                .expectException(violates("transmission-received-before-sent"));
    }

    @Test
    void cannotSendBeforeTheVote() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SESSION.minusDays(1), SENT, RIVE_DE_GIER_ACTES, null))
                .expectException(violates("transmission-before-vote"));
    }

    @Test
    void theTransmissionNamesTheDeliberationOfThisCommuneAndSession() {
        fixture.given(defined(), presented(SAINT_CHAMOND), adopted(SAINT_CHAMOND, "DEL_2023_064"))
                .when(new RecordPrefectureTransmission(ID, SAINT_CHAMOND, SENT, SENT, RIVE_DE_GIER_ACTES, null))
                .expectException(violates("actes-id-siren-mismatch"));
    }

    @Test
    void theTransmissionMustNameTheActesIdRecordedWithTheVote() {
        CouncilVoteRecorded withActes = new CouncilVoteRecorded(ID, RIVE_DE_GIER, SESSION,
                adopted(RIVE_DE_GIER, "DEL_2023_064").votes(), adopted(RIVE_DE_GIER, "x").ballot(), null,
                adopted(RIVE_DE_GIER, "x").outcome(), "DEL_2023_064", "042-214201865-20230906-DEL_2023_064-AR",
                attending(RIVE_DE_GIER), null);
        fixture.given(defined(), presented(RIVE_DE_GIER), withActes)
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES, null))
                .expectException(violates("actes-id-differs-from-vote"));
    }

    @Test
    void publicationAfterTransmissionMakesTheDeliberationExecutory() {
        LocalDate published = LocalDate.of(2023, 9, 20);
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                        new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES))
                .when(new RecordPublication(ID, RIVE_DE_GIER, published, PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL, null))
                .expectEvents(new DeliberationPublished(ID, RIVE_DE_GIER, published, PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL),
                        new DeliberationBecameExecutory(ID, RIVE_DE_GIER, published));
    }

    @Test
    void transmissionAfterPublicationMakesTheDeliberationExecutoryOnReceipt() {
        LocalDate published = LocalDate.of(2023, 9, 7);
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                        new DeliberationPublished(ID, RIVE_DE_GIER, published, PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL))
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES, null))
                .expectEvents(new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES),
                        new DeliberationBecameExecutory(ID, RIVE_DE_GIER, SENT));
    }

    @Test
    void publicationAloneIsNotExecutory() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPublication(ID, RIVE_DE_GIER, SENT, PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL, null))
                .expectEvents(new DeliberationPublished(ID, RIVE_DE_GIER, SENT, PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL));
    }

    @Test
    void cannotPublishWithoutAnAdoptedDeliberationBeforeTheVoteOrTwice() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(new RecordPublication(ID, RIVE_DE_GIER, SENT, PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL, null))
                .expectException(violates("publication-before-adoption"));
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPublication(ID, RIVE_DE_GIER, SESSION.minusDays(1), PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL, null))
                .expectException(violates("publication-before-vote"));
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                        new DeliberationPublished(ID, RIVE_DE_GIER, SENT, PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL))
                .when(new RecordPublication(ID, RIVE_DE_GIER, SENT, PublicationMode.ELECTRONIC, RIVE_DE_GIER_URL, null))
                .expectException(violates("publication-already-recorded"));
    }

    @Test
    void withdrawsACommuneWithItsReason() {
        fixture.given(defined())
                .when(new WithdrawCommune(ID, L_HORME, SESSION, "Le conseil a choisi une autre convention", null))
                .expectEvents(new CommuneWithdrawn(ID, L_HORME, SESSION, "Le conseil a choisi une autre convention"));
    }

    @Test
    void cannotWithdrawWithoutAReason() {
        fixture.given(defined()).when(new WithdrawCommune(ID, L_HORME, SESSION, " ", null))
                .expectException(violates("withdrawal-reason-required"));
    }

    @Test
    void aWithdrawnCommuneLeavesTheRoute() {
        fixture.given(defined(), new CommuneWithdrawn(ID, L_HORME, SESSION, "motif"))
                .when(new PresentToMunicipalCouncil(ID, L_HORME, SESSION, null))
                .expectException(violates("commune-withdrawn"));
        fixture.given(defined(), new CommuneWithdrawn(ID, L_HORME, SESSION, "motif"))
                .when(new WithdrawCommune(ID, L_HORME, SESSION, "encore", null))
                .expectException(violates("commune-withdrawn"));
    }

    @Test
    void theLastRemainingCommuneCannotWithdraw() {
        fixture.given(defined(), new CommuneWithdrawn(ID, L_HORME, SESSION, "motif"),
                        new CommuneWithdrawn(ID, SAINT_CHAMOND, SESSION, "motif"))
                .when(new WithdrawCommune(ID, RIVE_DE_GIER, SESSION, "motif", null))
                .expectException(violates("last-commune-cannot-withdraw"));
    }

    @Test
    void theRouteIsClosedOnceSigned() {
        fixture.given(signed()).when(new WithdrawCommune(ID, RIVE_DE_GIER, LocalDate.of(2024, 1, 1), "motif", null))
                .expectException(violates("convention-already-signed"));
    }

    /** Rive-de-Gier, the only commune left, and the CAF have signed: so has the convention. */
    private static Object[] signed() {
        LocalDate on = LocalDate.of(2023, 10, 1);
        return append(executoryButForWithdrawals(), new CafBoardDecisionRecorded(ID, LocalDate.of(2023, 6, 27), "CA"),
                new PartySigned(ID, "caf", PartyKind.CAF, on, new Signatory("A. Martin", "Directrice", "Caf de la Loire")),
                new PartySigned(ID, RIVE_DE_GIER, PartyKind.COMMUNE, on, new Signatory("J. Dupont", "Maire", "Rive-de-Gier")),
                new ConventionSigned(ID, on, List.of()));
    }

    private static Object[] executoryButForWithdrawals() {
        return append(append(new Object[]{defined()}, riveDeGierExecutory()),
                new CommuneWithdrawn(ID, L_HORME, SESSION, "motif"),
                new CommuneWithdrawn(ID, SAINT_CHAMOND, SESSION, "motif"));
    }

    private static Object[] append(Object[] head, Object... tail) {
        Object[] all = new Object[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}
