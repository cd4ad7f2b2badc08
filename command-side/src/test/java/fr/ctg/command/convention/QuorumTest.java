package fr.ctg.command.convention;

import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CorrectCouncilVote;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordQuorumNotReached;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.ctg.command.convention.Fixtures.*;

/**
 * A council deliberates with more than half of its members in office present (CGCT L2121-17), one proxy at most each
 * (L2121-20). Rive-de-Gier, 15,242 inhabitants, has 33 councillors (L2121-2).
 */
class QuorumTest {

    private static final VoteCount FOURTEEN = new VoteCount(12, 1, 1, 0);
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void cannotVoteWithoutQuorum() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(SESSION, null, 14, 0, FOURTEEN))
                .expectException(violates("quorum-not-reached"));
    }

    @Test
    void seventeenPresentOfThirtyThreeIsAQuorumAndTheCouncilSizeDefaultsFromThePopulation() {
        VoteCount counts = new VoteCount(15, 2, 1, 0);
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(SESSION, null, 17, 1, counts))
                .expectEvents(new CouncilVoteRecorded(ID, RIVE_DE_GIER, SESSION, counts, BallotType.PUBLIC, null,
                        VoteOutcome.ADOPTED, "DEL_2023_064", null, new Attendance(33, 17, 1), null));
    }

    @Test
    void proxiesDoNotCountForTheQuorum() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(SESSION, null, 16, 16, new VoteCount(30, 1, 1, 0)))
                .expectException(violates("quorum-not-reached"));
    }

    @Test
    void eachPresentMemberHoldsAtMostOneProxy() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(SESSION, 20, 10, 11, new VoteCount(15, 1, 1, 0)))
                .expectException(violates("proxies-exceed-present"));
    }

    @Test
    void noMoreVotesThanMembersPresentOrRepresented() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(SESSION, null, 20, 2, new VoteCount(20, 2, 1, 0)))
                .expectException(violates("votes-exceed-members-voting"));
    }

    @Test
    void noMoreMembersThanInOfficeAndNoMoreInOfficeThanTheLawSays() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(SESSION, 30, 25, 6, new VoteCount(20, 2, 1, 0)))
                .expectException(violates("attendance-exceeds-members-in-office"));
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(SESSION, 60, 60, 0, new VoteCount(60, 0, 0, 0)))
                .expectException(violates("members-in-office-exceed-council-size"));
    }

    @Test
    void aVacancyLowersTheMembersInOfficeAndSoTheQuorum() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(vote(SESSION, 27, 14, 0, FOURTEEN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void recordsAMeetingWithoutQuorum() {
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(new RecordQuorumNotReached(ID, RIVE_DE_GIER, SESSION, null, 14, null))
                .expectEvents(new QuorumNotReached(ID, RIVE_DE_GIER, SESSION, 33, 14));
        fixture.given(defined(), presented(RIVE_DE_GIER))
                .when(new RecordQuorumNotReached(ID, RIVE_DE_GIER, SESSION, null, 17, null))
                .expectException(violates("quorum-was-reached"));
    }

    @Test
    void secondMeetingThreeDaysLaterNeedsNoQuorum() {
        LocalDate second = SESSION.plusDays(3);
        fixture.given(defined(), presented(RIVE_DE_GIER), new QuorumNotReached(ID, RIVE_DE_GIER, SESSION, 33, 14))
                .when(vote(second, null, 9, 2, new VoteCount(9, 1, 1, 0)))
                .expectEvents(new CouncilVoteRecorded(ID, RIVE_DE_GIER, second, new VoteCount(9, 1, 1, 0),
                        BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "DEL_2023_064", null, new Attendance(33, 9, 2),
                        SESSION));
    }

    @Test
    void aSecondMeetingLessThanThreeDaysLaterStillNeedsItsQuorum() {
        fixture.given(defined(), presented(RIVE_DE_GIER), new QuorumNotReached(ID, RIVE_DE_GIER, SESSION, 33, 14))
                .when(vote(SESSION.plusDays(2), null, 9, 2, new VoteCount(9, 1, 1, 0)))
                .expectException(violates("quorum-not-reached"));
    }

    @Test
    void aCorrectionKeepsTheAttendanceWithinTheRules() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new CorrectCouncilVote(ID, RIVE_DE_GIER, new VoteCount(12, 1, 1, 0), BallotType.PUBLIC, null,
                        "présents mal comptés", null, 14, 0, null))
                .expectException(violates("quorum-not-reached"));
    }

    @Test
    void theIntercommunalCouncilGivesItsSize() {
        fixture.given(definedWithMetropole(), new fr.ctg.route.PresentedToMunicipalCouncil(ID, METROPOLE, SESSION))
                .when(new RecordCouncilVote(ID, METROPOLE, SESSION, new VoteCount(90, 2, 3, 0), null, 95, 0,
                        BallotType.PUBLIC, null, "DEL_2023_120", null, null))
                .expectException(violates("members-in-office-required"));
    }

    private static RecordCouncilVote vote(LocalDate on, Integer inOffice, int present, int represented,
                                          VoteCount counts) {
        return new RecordCouncilVote(ID, RIVE_DE_GIER, on, counts, inOffice, present, represented, BallotType.PUBLIC,
                null, "DEL_2023_064", null, null);
    }
}
