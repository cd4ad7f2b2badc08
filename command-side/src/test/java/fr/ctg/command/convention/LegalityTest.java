package fr.ctg.command.convention;

import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.RecordAnnulment;
import fr.ctg.route.RecordCourtReferral;
import fr.ctg.route.RecordLetterAnswer;
import fr.ctg.route.RecordPrefectLetter;
import fr.ctg.route.RetractDeliberation;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.ctg.command.convention.Fixtures.*;
import static fr.ctg.command.convention.SignatureTest.history;

/**
 * The prefect's legality control (CGCT L2131-6): two months from the receipt (13 September 2023 for Rive-de-Gier),
 * suspended by a letter, run again from the answer; an annulment or a retraction needs a new deliberation.
 */
class LegalityTest {

    private static final LocalDate WINDOW_END = LocalDate.of(2023, 11, 13);
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void recordsALetterOfObservationsWithinTheWindow() {
        fixture.given(history(defined(), riveDeGierExecutory()))
                .when(new RecordPrefectLetter(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS, WINDOW_END,
                        "Quorum non établi", null))
                .expectEvents(new PrefectLetterReceived(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS, WINDOW_END,
                        "Quorum non établi"));
    }

    @Test
    void cannotWriteOrReferOnceTheWindowClosed() {
        fixture.given(history(defined(), riveDeGierExecutory()))
                .when(new RecordPrefectLetter(ID, RIVE_DE_GIER, PrefectLetterKind.DOCUMENTS_REQUEST,
                        WINDOW_END.plusDays(1), "Annexes", null))
                .expectException(violates("control-window-closed"));
        fixture.given(history(defined(), riveDeGierExecutory()))
                .when(new RecordCourtReferral(ID, RIVE_DE_GIER, WINDOW_END.plusDays(1), "TA de Lyon", null))
                .expectException(violates("control-window-closed"));
    }

    @Test
    void theAnswerToALetterOpensTheWindowAgainForTwoMonths() {
        LocalDate letter = LocalDate.of(2023, 10, 20);
        LocalDate answer = LocalDate.of(2023, 12, 1);
        Object[] answered = history(defined(), riveDeGierExecutory(),
                new PrefectLetterReceived(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS, letter, "Quorum"),
                new PrefectLetterAnswered(ID, RIVE_DE_GIER, answer, "Feuille de présence jointe"));
        fixture.given(answered)
                .when(new RecordCourtReferral(ID, RIVE_DE_GIER, LocalDate.of(2024, 2, 1), "TA de Lyon", null))
                .expectEvents(new DeliberationReferredToCourt(ID, RIVE_DE_GIER, LocalDate.of(2024, 2, 1),
                        "TA de Lyon"));
        fixture.given(answered)
                .when(new RecordCourtReferral(ID, RIVE_DE_GIER, LocalDate.of(2024, 2, 2), "TA de Lyon", null))
                .expectException(violates("control-window-closed"));
    }

    @Test
    void aLetterAwaitsItsAnswerBeforeAnother() {
        Object[] pending = history(defined(), riveDeGierExecutory(), new PrefectLetterReceived(ID, RIVE_DE_GIER,
                PrefectLetterKind.OBSERVATIONS, LocalDate.of(2023, 10, 20), "Quorum"));
        fixture.given(pending)
                .when(new RecordPrefectLetter(ID, RIVE_DE_GIER, PrefectLetterKind.DOCUMENTS_REQUEST,
                        LocalDate.of(2023, 10, 25), "Annexes", null))
                .expectException(violates("prefect-letter-pending"));
        fixture.given(history(defined(), riveDeGierExecutory()))
                .when(new RecordLetterAnswer(ID, RIVE_DE_GIER, LocalDate.of(2023, 10, 25), "?", null))
                .expectException(violates("no-prefect-letter-pending"));
    }

    @Test
    void thePrefectControlsOnlyWhatItReceived() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPrefectLetter(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS, SESSION.plusDays(3),
                        "?", null))
                .expectException(violates("legality-control-before-transmission"));
    }

    @Test
    void annulledDeliberationNeedsANewVote() {
        LocalDate annulled = LocalDate.of(2024, 6, 4);
        fixture.given(history(defined(), riveDeGierExecutory()))
                .when(new RecordAnnulment(ID, RIVE_DE_GIER, annulled, "TA de Lyon", "2301234", null))
                .expectEvents(new DeliberationAnnulled(ID, RIVE_DE_GIER, annulled, "TA de Lyon", "2301234"));
        Object[] afterAnnulment = history(defined(), riveDeGierExecutory(),
                new DeliberationAnnulled(ID, RIVE_DE_GIER, annulled, "TA de Lyon", "2301234"));
        fixture.given(afterAnnulment)
                .when(new PresentToMunicipalCouncil(ID, RIVE_DE_GIER, annulled.plusDays(30), null))
                .expectEvents(new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER, annulled.plusDays(30)));
        fixture.given(afterAnnulment)
                .when(new RecordAnnulment(ID, RIVE_DE_GIER, annulled, "TA de Lyon", "2301234", null))
                .expectException(violates("no-adopted-deliberation"));
    }

    @Test
    void aCouncilMayRetractItsDeliberationWithAReason() {
        LocalDate retracted = LocalDate.of(2023, 10, 10);
        fixture.given(history(defined(), riveDeGierExecutory()))
                .when(new RetractDeliberation(ID, RIVE_DE_GIER, retracted, "Erreur sur l'annexe", null))
                .expectEvents(new DeliberationRetracted(ID, RIVE_DE_GIER, retracted, "Erreur sur l'annexe"));
        fixture.given(history(defined(), riveDeGierExecutory()))
                .when(new RetractDeliberation(ID, RIVE_DE_GIER, retracted, " ", null))
                .expectException(violates("retraction-reason-required"));
    }
}
