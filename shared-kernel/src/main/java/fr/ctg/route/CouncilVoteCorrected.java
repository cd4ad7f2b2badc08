package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A recorded vote's counts, corrected. The original {@link CouncilVoteRecorded} stays in the history; views show the
 * corrected figures. A correction never changes the outcome: a different outcome is a different deliberation.
 * Revision 2 added the corrected attendance (null in revision-1 corrections: the attendance stays as voted).
 */
@Revision("2")
public record CouncilVoteCorrected(
        String conventionId,
        String communeInseeCode,
        LocalDate sessionDate,
        VoteCount votes,
        BallotType ballot,
        PresidentVote presidentVote,
        VoteOutcome outcome,
        String reason,
        Attendance attendance) implements CommuneRouteEvent {
}
