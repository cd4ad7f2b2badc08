package fr.ctg.route.query;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.BallotType;
import fr.ctg.route.DeliberationEnding;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;
import java.util.List;

/**
 * One council on the route: a commune's, or the EPCI's ({@code kind} EPCI, {@code inseeCode} its SIREN, no
 * perimeter). Vote fields describe the latest vote, as corrected; {@code votesHeld} counts all of them. The facts of
 * the current deliberation (from the presentation to the control window) are cleared when it is annulled or
 * retracted, as {@link fr.ctg.route.CommuneRouteState} clears them; {@code legalityEvents} keeps every one.
 *
 * @param membersInOffice     the latest vote's council figures; null for votes recorded before they were
 * @param quorumLackingOn     before a vote, the latest meeting since the presentation that lacked its quorum; from
 *                            the vote on, the one it relied on to deliberate without quorum (null when it had one)
 * @param controlWindowEndsOn the prefect's last day to refer the deliberation to the court
 *                            ({@link fr.ctg.route.LegalityControl#windowEndsOn()}); null before the receipt, while
 *                            a letter awaits its answer ({@code controlSuspended}) and once referred
 * @param ending              how the last adopted deliberation ended (annulled, retracted), null otherwise
 * @param missing             what it lacks before it may sign ({@link fr.ctg.route.RouteProgress#missing()})
 * @param departement         the council's department (two or three characters), which its ACTES identifiers carry;
 *                            null until a replay for a convention defined before it was recorded
 * @param siren               the council's SIREN, which its ACTES identifiers carry; null likewise
 */
public record CommuneApprovalView(
        String conventionId,
        String perimeterCode,
        String inseeCode,
        String name,
        int population,
        CommuneStage stage,
        LocalDate presentedOn,
        LocalDate votedOn,
        int votesHeld,
        VoteOutcome outcome,
        BallotType ballot,
        Integer votesFor,
        Integer votesAgainst,
        Integer abstentions,
        Integer notTakingPart,
        String deliberationNumber,
        String actesId,
        LocalDate transmissionSentOn,
        LocalDate transmissionReceivedOn,
        LocalDate publishedOn,
        LocalDate executoryOn,
        LocalDate withdrawnOn,
        String withdrawalReason,
        PartyKind kind,
        Integer membersInOffice,
        Integer present,
        Integer represented,
        LocalDate quorumLackingOn,
        PublicationMode publicationMode,
        String publicationUrl,
        LocalDate controlWindowEndsOn,
        boolean controlSuspended,
        LocalDate referredOn,
        DeliberationEnding ending,
        LocalDate endedOn,
        List<RouteStep> missing,
        List<LegalityEvent> legalityEvents,
        String departement,
        String siren) {
}
