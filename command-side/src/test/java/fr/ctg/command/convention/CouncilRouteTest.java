package fr.ctg.command.convention;

import fr.ctg.route.BallotType;
import fr.ctg.route.CorrectCouncilVote;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.PresidentVote;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.ctg.command.convention.Fixtures.*;

/** Presentation to a municipal council and the council's vote. */
class CouncilRouteTest {

    private static final VoteCount TIE = new VoteCount(10, 10, 3, 0);
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void presentsTheConventionToAMunicipalCouncil() {
        fixture.given(defined()).when(new PresentToMunicipalCouncil(ID, L_HORME, SESSION, null))
                .expectEvents(new PresentedToMunicipalCouncil(ID, L_HORME, SESSION));
    }

    @Test
    void cannotPresentToACommuneOutsideTheConvention() {
        fixture.given(defined()).when(new PresentToMunicipalCouncil(ID, "42032", SESSION, null))
                .expectException(violates("commune-not-in-convention"));
    }

    @Test
    void cannotPresentTwiceWhileTheVoteIsPending() {
        fixture.given(defined(), presented(L_HORME))
                .when(new PresentToMunicipalCouncil(ID, L_HORME, SESSION.plusDays(7), null))
                .expectException(violates("commune-already-presented"));
    }

    @Test
    void canPresentAgainAfterARejection() {
        fixture.given(defined(), presented(L_HORME), rejected(L_HORME))
                .when(new PresentToMunicipalCouncil(ID, L_HORME, SESSION.plusMonths(1), null))
                .expectEvents(new PresentedToMunicipalCouncil(ID, L_HORME, SESSION.plusMonths(1)));
    }

    @Test
    void recordsAnAdoptedVoteWhenMoreVoteForThanAgainst() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, new VoteCount(20, 3, 2, 1), BallotType.PUBLIC, null, null))
                .expectEvents(new CouncilVoteRecorded(ID, L_HORME, SESSION, new VoteCount(20, 3, 2, 1),
                        BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "DEL_1", null, attending(L_HORME), null));
    }

    @Test
    void recordsARejectionWhenMoreVoteAgainst() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, new VoteCount(3, 20, 2, 0), BallotType.SECRET, null, null))
                .expectEvents(new CouncilVoteRecorded(ID, L_HORME, SESSION, new VoteCount(3, 20, 2, 0),
                        BallotType.SECRET, null, VoteOutcome.REJECTED, "DEL_1", null, attending(L_HORME), null));
    }

    @Test
    void cannotRecordAVoteBeforeThePresentation() {
        fixture.given(defined()).when(vote(L_HORME, SESSION, new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null, null))
                .expectException(violates("vote-before-presentation"));
    }

    @Test
    void canVoteOnTheDayOfThePresentation() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotDateAVoteBeforeThePresentation() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION.minusDays(1), new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null, null))
                .expectException(violates("vote-dated-before-presentation"));
    }

    @Test
    void aCommuneThatAdoptedCannotVoteAgain() {
        fixture.given(defined(), presented(L_HORME), adopted(L_HORME, "DEL_1"))
                .when(vote(L_HORME, SESSION.plusDays(1), new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null, null))
                .expectException(violates("commune-already-adopted"));
    }

    @Test
    void aNewVoteIsAllowedAfterARejectionAndANewPresentation() {
        fixture.given(defined(), presented(L_HORME), rejected(L_HORME),
                        new PresentedToMunicipalCouncil(ID, L_HORME, SESSION.plusDays(30)))
                .when(vote(L_HORME, SESSION.plusDays(30), new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null, null))
                .expectEvents(new CouncilVoteRecorded(ID, L_HORME, SESSION.plusDays(30), new VoteCount(20, 3, 2, 0),
                        BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "DEL_1", null, attending(L_HORME), null));
    }

    @Test
    void aNewVoteAfterARejectionNeedsANewPresentation() {
        fixture.given(defined(), presented(L_HORME), rejected(L_HORME))
                .when(vote(L_HORME, SESSION.plusDays(30), new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null, null))
                .expectException(violates("new-presentation-required"));
    }

    @Test
    void aNewPresentationMayBeOnTheDayOfTheRejection() {
        fixture.given(defined(), presented(L_HORME), rejected(L_HORME))
                .when(new PresentToMunicipalCouncil(ID, L_HORME, SESSION, null))
                .expectEvents(new PresentedToMunicipalCouncil(ID, L_HORME, SESSION));
    }

    @Test
    void aNewVoteMustComeAfterTheRejectedOne() {
        fixture.given(defined(), presented(L_HORME), rejected(L_HORME), presented(L_HORME))
                .when(vote(L_HORME, SESSION, new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null, null))
                .expectException(violates("vote-not-after-previous-vote"));
    }

    @Test
    void aTieInAPublicVoteIsDecidedByThePresidentsCastingVote() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, TIE, BallotType.PUBLIC, PresidentVote.FOR, null))
                .expectEvents(new CouncilVoteRecorded(ID, L_HORME, SESSION, TIE, BallotType.PUBLIC,
                        PresidentVote.FOR, VoteOutcome.ADOPTED, "DEL_1", null, attending(L_HORME), null));
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, TIE, BallotType.PUBLIC, PresidentVote.AGAINST, null))
                .expectEvents(new CouncilVoteRecorded(ID, L_HORME, SESSION, TIE, BallotType.PUBLIC,
                        PresidentVote.AGAINST, VoteOutcome.REJECTED, "DEL_1", null, attending(L_HORME), null));
    }

    @Test
    void aTieInAPublicVoteNeedsThePresidentsVote() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, TIE, BallotType.PUBLIC, null, null))
                .expectException(violates("president-vote-required-on-tie"));
    }

    @Test
    void aTieInASecretBallotIsARejection() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, TIE, BallotType.SECRET, null, null))
                .expectEvents(new CouncilVoteRecorded(ID, L_HORME, SESSION, TIE, BallotType.SECRET,
                        null, VoteOutcome.REJECTED, "DEL_1", null, attending(L_HORME), null));
    }

    @Test
    void aCastingVoteIsRefusedInASecretBallotOrWithoutATie() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, TIE, BallotType.SECRET, PresidentVote.FOR, null))
                .expectException(violates("president-vote-only-on-public-tie"));
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, new VoteCount(12, 10, 1, 0), BallotType.PUBLIC, PresidentVote.FOR, null))
                .expectException(violates("president-vote-only-on-public-tie"));
    }

    @Test
    void cannotRecordNegativeCountsOrAVoteWithoutMembers() {
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, new VoteCount(-1, 0, 0, 0), BallotType.PUBLIC, null, null))
                .expectException(violates("vote-count-negative"));
        fixture.given(defined(), presented(L_HORME))
                .when(vote(L_HORME, SESSION, new VoteCount(0, 0, 0, 0), BallotType.PUBLIC, null, null))
                .expectException(violates("vote-count-empty"));
    }

    @Test
    void cannotRecordADeliberationNumberOutsideTheActesAlphabet() {
        fixture.given(defined(), presented(L_HORME))
                .when(new RecordCouncilVote(ID, L_HORME, SESSION, new VoteCount(20, 1, 0, 0), null, attending(L_HORME).present(), 0, BallotType.PUBLIC,
                        null, "del-2023/64", null, null))
                .expectException(violates("deliberation-number-invalid"));
    }

    @Test
    void acceptsTheRealRiveDeGierDeliberation() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(new RecordCouncilVote(ID, RIVE_DE_GIER, SESSION, new VoteCount(25, 2, 1, 0), null, attending(RIVE_DE_GIER).present(), 0, BallotType.PUBLIC,
                        null, "DEL_2023_064", RIVE_DE_GIER_ACTES, null))
                .expectEvents(new CouncilVoteRecorded(ID, RIVE_DE_GIER, SESSION, new VoteCount(25, 2, 1, 0),
                        BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "DEL_2023_064", RIVE_DE_GIER_ACTES,
                        attending(RIVE_DE_GIER), null));
    }

    @Test
    void refusesTheRiveDeGierActesIdForAnotherCommune() {
        fixture.given(defined(), presented(SAINT_CHAMOND))
                .when(new RecordCouncilVote(ID, SAINT_CHAMOND, SESSION, new VoteCount(25, 2, 1, 0), null, attending(SAINT_CHAMOND).present(), 0, BallotType.PUBLIC,
                        null, "DEL_2023_064", RIVE_DE_GIER_ACTES, null))
                .expectException(violates("actes-id-siren-mismatch"));
    }

    @Test
    void refusesTheRiveDeGierActesIdForAnotherSessionDate() {
        LocalDate later = SESSION.plusDays(1);
        fixture.given(defined(), new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER, later))
                .when(new RecordCouncilVote(ID, RIVE_DE_GIER, later, new VoteCount(25, 2, 1, 0), null, attending(RIVE_DE_GIER).present(), 0, BallotType.PUBLIC,
                        null, "DEL_2023_064", RIVE_DE_GIER_ACTES, null))
                .expectException(violates("actes-id-date-mismatch"));
    }

    @Test
    void refusesAnActesIdOfAnotherDepartment() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(RIVE_DE_GIER, SESSION, new VoteCount(25, 2, 1, 0), BallotType.PUBLIC, null,
                        "069-214201865-20230906-DEL_1-DE"))
                .expectException(violates("actes-id-department-mismatch"));
    }

    @Test
    void refusesAnActesIdWhoseSirenFailsItsChecksum() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(RIVE_DE_GIER, SESSION, new VoteCount(25, 2, 1, 0), BallotType.PUBLIC, null,
                        "042-214201866-20230906-DEL_1-DE"))
                .expectException(violates("actes-id-malformed"));
    }

    @Test
    void refusesAnActesIdThatIsNotADeliberation() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(RIVE_DE_GIER, SESSION, new VoteCount(25, 2, 1, 0), BallotType.PUBLIC, null,
                        "042-214201865-20230906-DEL_1-AR"))
                .expectException(violates("actes-id-not-a-deliberation"));
    }

    @Test
    void refusesAnActesIdCarryingAnotherDeliberationNumber() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(RIVE_DE_GIER, SESSION, new VoteCount(25, 2, 1, 0), BallotType.PUBLIC, null,
                        "042-214201865-20230906-DEL_2-DE"))
                .expectException(violates("actes-id-number-mismatch"));
    }

    @Test
    void refusesAMalformedActesId() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(RIVE_DE_GIER, SESSION, new VoteCount(25, 2, 1, 0), BallotType.PUBLIC, null, "DEL_1"))
                .expectException(violates("actes-id-malformed"));
    }

    @Test
    void correctsTheCountsOfTheLatestVoteWithAReason() {
        fixture.given(defined(), presented(L_HORME), adopted(L_HORME, "DEL_1"))
                .when(new CorrectCouncilVote(ID, L_HORME, new VoteCount(19, 3, 3, 0), BallotType.PUBLIC, null, "Une abstention saisie comme un vote pour", null, null,
                        null, null))
                .expectEvents(new CouncilVoteCorrected(ID, L_HORME, SESSION, new VoteCount(19, 3, 3, 0),
                        BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "Une abstention saisie comme un vote pour", null));
    }

    @Test
    void aCorrectionStatesItsReason() {
        fixture.given(defined(), presented(L_HORME), adopted(L_HORME, "DEL_1"))
                .when(new CorrectCouncilVote(ID, L_HORME, new VoteCount(19, 3, 3, 0), BallotType.PUBLIC, null, " ", null, null,
                        null, null))
                .expectException(violates("correction-reason-required"));
    }

    @Test
    void aCorrectionCannotChangeTheOutcome() {
        fixture.given(defined(), presented(L_HORME), adopted(L_HORME, "DEL_1"))
                .when(new CorrectCouncilVote(ID, L_HORME, new VoteCount(3, 20, 2, 0), BallotType.PUBLIC, null, "motif", null, null,
                        null, null))
                .expectException(violates("correction-changes-outcome"));
    }

    @Test
    void thereIsNothingToCorrectBeforeAVote() {
        fixture.given(defined(), presented(L_HORME))
                .when(new CorrectCouncilVote(ID, L_HORME, new VoteCount(19, 3, 3, 0), BallotType.PUBLIC, null, "motif", null, null,
                        null, null))
                .expectException(violates("correction-without-vote"));
    }

    private static RecordCouncilVote vote(String insee, LocalDate on, VoteCount counts, BallotType ballot,
                                          PresidentVote president, String actesId) {
        return new RecordCouncilVote(ID, insee, on, counts, null, attending(insee).present(), 0, ballot, president,
                "DEL_1", actesId, null);
    }
}
