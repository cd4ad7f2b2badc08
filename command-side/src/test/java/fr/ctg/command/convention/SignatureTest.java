package fr.ctg.command.convention;

import fr.ctg.convention.CafBoardDecisionRecorded;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.RecordCafBoardDecision;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartySignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.SignConvention;
import fr.ctg.route.Signatory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static fr.ctg.command.convention.Fixtures.*;

/** Each party signs on its own day once it may; the convention is signed when every party has. */
class SignatureTest {

    private static final LocalDate BOARD = LocalDate.of(2023, 6, 27);
    private static final LocalDate OCTOBER = LocalDate.of(2023, 10, 2);
    private static final PartySignature CAF = new PartySignature("caf", "A. Martin", "Directrice");
    private static final PartySignature MAYOR = new PartySignature(RIVE_DE_GIER, "J. Dupont", "Maire");
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void aPartySignsOnItsOwnDayAndTheConventionIsNotSignedYet() {
        fixture.given(history(definedWithMetropole(), riveDeGierExecutory()))
                .when(new SignConvention(ID, OCTOBER, List.of(MAYOR), null))
                .expectEvents(new PartySigned(ID, RIVE_DE_GIER, PartyKind.COMMUNE, OCTOBER,
                        new Signatory("J. Dupont", "Maire", "Rive-de-Gier")));
    }

    @Test
    void cannotSignBeforeEveryPartyHasSigned() {
        // Rive-de-Gier and the CAF sign: L'Horme, Saint-Chamond and the Métropole have not, so no ConventionSigned.
        fixture.given(history(definedWithMetropole(), riveDeGierExecutory(), board()))
                .when(new SignConvention(ID, OCTOBER, List.of(CAF, MAYOR), null))
                .expectEvents(partySigned(CAF, PartyKind.CAF, "Caf de la Loire", OCTOBER),
                        partySigned(MAYOR, PartyKind.COMMUNE, "Rive-de-Gier", OCTOBER));
    }

    @Test
    void aPartyCannotSignBeforeItsDeliberationIsExecutory() {
        List<Map<String, Object>> blocking = List.of(
                Map.of("partyId", L_HORME, "kind", "COMMUNE", "name", "L'Horme",
                        "missing", List.of("ADOPTED_VOTE", "PREFECTURE_TRANSMISSION", "PUBLICATION")),
                Map.of("partyId", METROPOLE, "kind", "EPCI", "name", "Saint-Étienne Métropole",
                        "missing", List.of("PRESENTATION", "ADOPTED_VOTE", "PREFECTURE_TRANSMISSION", "PUBLICATION")));
        fixture.given(history(definedWithMetropole(), riveDeGierExecutory(), presented(L_HORME)))
                .when(new SignConvention(ID, OCTOBER, List.of(MAYOR,
                        new PartySignature(L_HORME, "P. Roux", "Maire"),
                        new PartySignature(METROPOLE, "G. Perdriau", "Président")), null))
                .expectException(violates("party-cannot-sign-yet"))
                .expectException(withDetails(Map.of("blockingParties", blocking)));
    }

    @Test
    void theCafCannotSignBeforeItsBoardDecided() {
        fixture.given(defined())
                .when(new SignConvention(ID, OCTOBER, List.of(CAF), null))
                .expectException(violates("party-cannot-sign-yet"));
        fixture.given(defined(), board())
                .when(new SignConvention(ID, BOARD.minusDays(1), List.of(CAF), null))
                .expectException(violates("signature-before-board-decision"));
    }

    @Test
    void aCommuneCannotSignBeforeTheDayItsDeliberationBecameExecutory() {
        fixture.given(history(defined(), riveDeGierExecutory()))
                .when(new SignConvention(ID, LocalDate.of(2023, 9, 13), List.of(MAYOR), null))
                .expectException(violates("signature-before-deliberation-executory"));
    }

    @Test
    void theLastSignatureSignsTheConventionOnItsDay() {
        LocalDate last = OCTOBER.plusDays(5);
        fixture.given(history(onlyRiveDeGierLeft(), board(),
                        partySigned(CAF, PartyKind.CAF, "Caf de la Loire", OCTOBER)))
                .when(new SignConvention(ID, last, List.of(MAYOR), null))
                .expectEvents(partySigned(MAYOR, PartyKind.COMMUNE, "Rive-de-Gier", last),
                        new ConventionSigned(ID, last, List.of(
                                new GivenSignature("caf", "Caf de la Loire", OCTOBER, "A. Martin", "Directrice"),
                                new GivenSignature(RIVE_DE_GIER, "Rive-de-Gier", last, "J. Dupont", "Maire"))));
    }

    @Test
    void aPartySignsOnceAndOnlyAPartySigns() {
        fixture.given(history(onlyRiveDeGierLeft(), board(),
                        partySigned(CAF, PartyKind.CAF, "Caf de la Loire", OCTOBER)))
                .when(new SignConvention(ID, OCTOBER, List.of(CAF), null))
                .expectException(violates("party-already-signed"));
        fixture.given(history(onlyRiveDeGierLeft(), board()))
                .when(new SignConvention(ID, OCTOBER, List.of(new PartySignature("msa", "X", "Y")), null))
                .expectException(violates("party-not-in-convention"));
        fixture.given(history(onlyRiveDeGierLeft(), board()))
                .when(new SignConvention(ID, OCTOBER, List.of(new PartySignature(L_HORME, "X", "Maire")), null))
                .expectException(violates("party-not-in-convention"));
        fixture.given(history(onlyRiveDeGierLeft(), board()))
                .when(new SignConvention(ID, OCTOBER, List.of(), null))
                .expectException(violates("signatories-required"));
    }

    @Test
    void cannotSignOnceSigned() {
        fixture.given(history(onlyRiveDeGierLeft(), board(), new ConventionSigned(ID, OCTOBER, List.of())))
                .when(new SignConvention(ID, OCTOBER, List.of(CAF), null))
                .expectException(violates("convention-already-signed"));
    }

    @Test
    void recordsTheCafBoardDecisionOnce() {
        fixture.given(defined()).when(new RecordCafBoardDecision(ID, BOARD, "CA du 27 juin 2023", null))
                .expectEvents(new CafBoardDecisionRecorded(ID, BOARD, "CA du 27 juin 2023"));
        fixture.given(defined(), board()).when(new RecordCafBoardDecision(ID, BOARD, null, null))
                .expectException(violates("caf-board-decision-already-recorded"));
    }

    @Test
    void aSignedCommuneCannotWithdraw() {
        fixture.given(history(defined(), riveDeGierExecutory(), partySigned(MAYOR, PartyKind.COMMUNE, "Rive-de-Gier",
                        OCTOBER)))
                .when(new fr.ctg.route.WithdrawCommune(ID, RIVE_DE_GIER, OCTOBER, "motif", null))
                .expectException(violates("signed-commune-cannot-withdraw"));
    }

    @Test
    void annulledDeliberationNeedsANewVoteEvenAfterTheSignature() {
        LocalDate annulled = LocalDate.of(2024, 5, 2);
        Object[] signedThenAnnulled = history(onlyRiveDeGierLeft(), board(),
                partySigned(CAF, PartyKind.CAF, "Caf de la Loire", OCTOBER),
                partySigned(MAYOR, PartyKind.COMMUNE, "Rive-de-Gier", OCTOBER),
                new ConventionSigned(ID, OCTOBER, List.of()),
                new DeliberationAnnulled(ID, RIVE_DE_GIER, annulled, "TA de Lyon", "2301234"));
        fixture.given(signedThenAnnulled)
                .when(new PresentToMunicipalCouncil(ID, RIVE_DE_GIER, annulled.plusDays(20), null))
                .expectEvents(new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER, annulled.plusDays(20)));
        fixture.given(signedThenAnnulled)
                .when(new PresentToMunicipalCouncil(ID, L_HORME, annulled.plusDays(20), null))
                .expectException(violates("commune-withdrawn"));
    }

    static CafBoardDecisionRecorded board() {
        return new CafBoardDecisionRecorded(ID, BOARD, "CA");
    }

    private static PartySigned partySigned(PartySignature signature, PartyKind kind, String name, LocalDate on) {
        return new PartySigned(ID, signature.partyId(), kind, on, new Signatory(signature.name(), signature.role(),
                name));
    }

    /** Rive-de-Gier is executory; L'Horme and Saint-Chamond withdrew; no EPCI. */
    private static Object[] onlyRiveDeGierLeft() {
        return history(defined(), riveDeGierExecutory(), new CommuneWithdrawn(ID, L_HORME, SESSION, "motif"),
                new CommuneWithdrawn(ID, SAINT_CHAMOND, SESSION, "motif"));
    }

    /** The events given, arrays flattened, in order. */
    static Object[] history(Object... parts) {
        List<Object> events = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Object[] many) {
                events.addAll(Arrays.asList(many));
            } else {
                events.add(part);
            }
        }
        return events.toArray();
    }
}
