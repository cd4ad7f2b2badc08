package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A council's vote. {@code communeInseeCode} is the deliberating council's key: a commune's INSEE code, or the EPCI's
 * SIREN for the intercommunal council (so for every {@link CommuneRouteEvent}). Revision 2 added the attendance
 * and {@code quorumLackingOn}, the earlier meeting without quorum that let this one deliberate whatever the number
 * present (null when the quorum was reached); the upcaster gives revision-1 votes null for both.
 */
@Revision("2")
public record CouncilVoteRecorded(
        String conventionId,
        String communeInseeCode,
        LocalDate sessionDate,
        VoteCount votes,
        BallotType ballot,
        PresidentVote presidentVote,
        VoteOutcome outcome,
        String deliberationNumber,
        String actesId,
        Attendance attendance,
        LocalDate quorumLackingOn) implements CommuneRouteEvent {
}
