package fr.ctg.command.convention;

import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.RecordPrefectureTransmission;
import fr.ctg.route.RecordPublication;
import fr.ctg.route.SignConvention;
import fr.ctg.route.Signatory;
import fr.ctg.route.WithdrawCommune;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.ctg.command.convention.Fixtures.*;

/** Transmission to the prefecture, publication, withdrawal and signature. */
class DeliberationAndSignatureTest {

    private static final LocalDate SENT = LocalDate.of(2023, 9, 13);
    private static final List<Signatory> SIGNATORIES = List.of(new Signatory("A. Martin", "Directrice", "Caf de la Loire"));
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Convention.class);
        fixture.registerInjectableResource(REFERENCE);
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
                adopted(RIVE_DE_GIER, "x").outcome(), "DEL_2023_064", "042-214201865-20230906-DEL_2023_064-AR");
        fixture.given(defined(), presented(RIVE_DE_GIER), withActes)
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES, null))
                .expectException(violates("actes-id-differs-from-vote"));
    }

    @Test
    void publicationAfterTransmissionMakesTheDeliberationExecutory() {
        LocalDate published = LocalDate.of(2023, 9, 20);
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                        new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES))
                .when(new RecordPublication(ID, RIVE_DE_GIER, published, null))
                .expectEvents(new DeliberationPublished(ID, RIVE_DE_GIER, published),
                        new DeliberationBecameExecutory(ID, RIVE_DE_GIER, published));
    }

    @Test
    void transmissionAfterPublicationMakesTheDeliberationExecutoryOnReceipt() {
        LocalDate published = LocalDate.of(2023, 9, 7);
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                        new DeliberationPublished(ID, RIVE_DE_GIER, published))
                .when(new RecordPrefectureTransmission(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES, null))
                .expectEvents(new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, SENT, SENT, RIVE_DE_GIER_ACTES),
                        new DeliberationBecameExecutory(ID, RIVE_DE_GIER, SENT));
    }

    @Test
    void publicationAloneIsNotExecutory() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPublication(ID, RIVE_DE_GIER, SENT, null))
                .expectEvents(new DeliberationPublished(ID, RIVE_DE_GIER, SENT));
    }

    @Test
    void cannotPublishWithoutAnAdoptedDeliberationBeforeTheVoteOrTwice() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(new RecordPublication(ID, RIVE_DE_GIER, SENT, null))
                .expectException(violates("publication-before-adoption"));
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPublication(ID, RIVE_DE_GIER, SESSION.minusDays(1), null))
                .expectException(violates("publication-before-vote"));
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                        new DeliberationPublished(ID, RIVE_DE_GIER, SENT))
                .when(new RecordPublication(ID, RIVE_DE_GIER, SENT, null))
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
    void cannotSignWhileACommuneHasNotVoted() {
        List<Map<String, Object>> blockers = List.of(
                Map.of("inseeCode", L_HORME, "name", "L'Horme", "perimeterCode", "P1",
                        "missing", List.of("ADOPTED_VOTE", "PREFECTURE_TRANSMISSION", "PUBLICATION")),
                Map.of("inseeCode", SAINT_CHAMOND, "name", "Saint-Chamond", "perimeterCode", "P1",
                        "missing", List.of("PRESENTATION", "ADOPTED_VOTE", "PREFECTURE_TRANSMISSION", "PUBLICATION")));
        fixture.given(append(append(new Object[]{defined()}, riveDeGierExecutory()), presented(L_HORME)))
                .when(new SignConvention(ID, LocalDate.of(2023, 10, 1), SIGNATORIES, null))
                .expectException(violates("communes-not-executory"))
                .expectExceptionMessage("2 commune(s) lack an executory adopted deliberation.")
                .expectException(withDetails(Map.of("blockingCommunes", blockers)));
    }

    @Test
    void signsWhenEveryRemainingCommuneHasAnExecutoryDeliberation() {
        LocalDate signedOn = LocalDate.of(2023, 10, 1);
        fixture.given(executoryButForWithdrawals())
                .when(new SignConvention(ID, signedOn, SIGNATORIES, null))
                .expectEvents(new ConventionSigned(ID, signedOn, SIGNATORIES));
    }

    @Test
    void cannotSignBeforeTheLastDeliberationBecameExecutory() {
        fixture.given(executoryButForWithdrawals())
                .when(new SignConvention(ID, LocalDate.of(2023, 9, 13), SIGNATORIES, null))
                .expectException(violates("signature-before-deliberations-executory"));
    }

    @Test
    void cannotSignWithoutSignatoriesOrTwice() {
        fixture.given(executoryButForWithdrawals())
                .when(new SignConvention(ID, LocalDate.of(2023, 10, 1), List.of(), null))
                .expectException(violates("signatories-required"));
        Object[] signed = append(executoryButForWithdrawals(), new ConventionSigned(ID, LocalDate.of(2023, 10, 1), SIGNATORIES));
        fixture.given(signed).when(new SignConvention(ID, LocalDate.of(2023, 10, 2), SIGNATORIES, null))
                .expectException(violates("convention-already-signed"));
    }

    @Test
    void theRouteIsClosedOnceSigned() {
        Object[] signed = append(executoryButForWithdrawals(), new ConventionSigned(ID, LocalDate.of(2023, 10, 1), SIGNATORIES));
        fixture.given(signed).when(new WithdrawCommune(ID, RIVE_DE_GIER, LocalDate.of(2024, 1, 1), "motif", null))
                .expectException(violates("convention-already-signed"));
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
