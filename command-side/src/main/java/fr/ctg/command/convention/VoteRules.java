package fr.ctg.command.convention;

import fr.ctg.route.Attendance;
import fr.ctg.reference.ActesId;
import fr.ctg.route.BallotType;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.CouncilSize;
import fr.ctg.route.PresidentVote;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordQuorumNotReached;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** A council's vote: its attendance and quorum (CGCT L2121-17), its counts and outcome (L2121-20). */
final class VoteRules {

    /** Paris, Marseille and Lyon: their councils' sizes follow their own rules (L2511-8), never the table. */
    private static final Set<String> OWN_COUNCIL_RULES = Set.of("75056", "13055", "69123");
    static final int SECOND_MEETING_AFTER_DAYS = 3;
    private static final Pattern DELIBERATION_NUMBER = Pattern.compile(ActesId.INTERNAL_NUMBER);

    private VoteRules() {
    }

    /**
     * The attendance a command gives, {@code membersInOffice} defaulting to a municipal council's legal size; an
     * intercommunal council (or one with its own rules) says its size.
     */
    static Attendance attendance(CommuneRoute route, Integer membersInOffice, Integer present, Integer represented) {
        RuleViolation.check(present != null, "attendance-required",
                "A council meeting records how many members were present.");
        int inOffice;
        if (membersInOffice != null) {
            inOffice = membersInOffice;
        } else {
            RuleViolation.check(route.isCommune() && !OWN_COUNCIL_RULES.contains(route.key()),
                    "members-in-office-required", "The size of the council of " + route.name()
                            + " does not follow the table of CGCT L2121-2: give its members in office.");
            inOffice = CouncilSize.ofMunicipalCouncil(route.council().population());
        }
        int proxies = represented == null ? 0 : represented;
        RuleViolation.check(inOffice >= 1 && present >= 0 && proxies >= 0, "attendance-invalid",
                "Members in office are at least one; present and represented members are not negative.");
        if (route.isCommune() && !OWN_COUNCIL_RULES.contains(route.key())) {
            int legal = CouncilSize.ofMunicipalCouncil(route.council().population());
            RuleViolation.check(inOffice <= legal, "members-in-office-exceed-council-size",
                    "The council of " + route.name() + " (" + route.council().population() + " inhabitants) has "
                            + legal + " members (CGCT L2121-2); " + inOffice + " cannot be in office.");
        }
        RuleViolation.check(proxies <= present, "proxies-exceed-present",
                "Each present member holds at most one proxy (CGCT L2121-20): " + proxies + " represented for "
                        + present + " present.");
        RuleViolation.check(present + proxies <= inOffice, "attendance-exceeds-members-in-office",
                present + " present and " + proxies + " represented exceed the " + inOffice + " members in office.");
        return new Attendance(inOffice, present, proxies);
    }

    /**
     * The meeting without quorum this vote relies on, or null when the quorum is reached. Without quorum, only a
     * second meeting at least three days after one that lacked it deliberates validly (CGCT L2121-17).
     */
    static LocalDate quorum(Attendance attendance, LocalDate quorumLackingOn, LocalDate sessionDate) {
        if (attendance.quorate()) {
            return null;
        }
        RuleViolation.check(quorumLackingOn != null
                        && !sessionDate.isBefore(quorumLackingOn.plusDays(SECOND_MEETING_AFTER_DAYS)),
                "quorum-not-reached", "Only " + attendance.present() + " of " + attendance.membersInOffice()
                        + " members in office were present: more than half must be (proxies do not count), unless "
                        + "the meeting is held at least three days after one that lacked its quorum"
                        + (quorumLackingOn == null ? "." : " (" + quorumLackingOn + ")."));
        return quorumLackingOn;
    }

    /**
     * A meeting of a presented council that lacked its quorum: the convention's or an amendment's, whose route is the
     * council's on it. Its day lets a second meeting three days later deliberate whatever the number present.
     */
    static QuorumNotReached quorumNotReached(String conventionId, CommuneRoute route, RecordQuorumNotReached command,
                                             RouteDates dates) {
        dates.check("meetingDate", command.meetingDate());
        RuleViolation.check(!command.meetingDate().isBefore(route.presentedOn()), "meeting-before-presentation",
                "The meeting of " + command.meetingDate() + " predates the presentation of " + route.presentedOn()
                        + ".");
        Attendance attendance = attendance(route, command.membersInOffice(), command.present(), 0);
        RuleViolation.check(!attendance.quorate(), "quorum-was-reached", attendance.present() + " of "
                + attendance.membersInOffice() + " members present is a quorum: record the vote instead.");
        return new QuorumNotReached(conventionId, route.key(), command.meetingDate(), attendance.membersInOffice(),
                attendance.present());
    }

    /**
     * The vote of a presented council: the convention's or an amendment's, whose route is the council's on it. Its
     * date, counts, attendance and quorum, its outcome, and its ACTES id, checked against the council and the vote,
     * then by {@code actesIdNotUsed} (which answers it, or refuses an id another deliberation has).
     */
    static CouncilVoteRecorded vote(String conventionId, CommuneRoute route, RecordCouncilVote command,
                                    RouteDates dates, UnaryOperator<String> actesIdNotUsed) {
        dates.check("sessionDate", command.sessionDate());
        RuleViolation.check(!command.sessionDate().isBefore(route.presentedOn()), "vote-dated-before-presentation",
                "The vote of " + command.sessionDate() + " predates the presentation of " + route.presentedOn() + ".");
        RuleViolation.check(route.votedOn() == null || command.sessionDate().isAfter(route.votedOn()),
                "vote-not-after-previous-vote", "A new vote must come after the previous vote of " + route.votedOn()
                        + ".");
        RuleViolation.check(command.votes() != null && command.ballot() != null, "vote-counts-required",
                "A vote gives its counts and its ballot type.");
        RuleViolation.check(command.deliberationNumber() != null
                        && DELIBERATION_NUMBER.matcher(command.deliberationNumber()).matches(),
                "deliberation-number-invalid", "A deliberation number is 1 to 15 characters among 0-9, A-Z and _.");
        Attendance attendance = attendance(route, command.membersInOffice(), command.present(), command.represented());
        countsWithin(command.votes(), attendance);
        LocalDate quorumLackingOn = quorum(attendance, route.state().quorumLackingOn(), command.sessionDate());
        VoteOutcome outcome = outcome(command.votes(), command.ballot(), command.presidentVote());
        String actesId = command.actesId() == null ? null : actesIdNotUsed.apply(ActesIdRules.check(command.actesId(),
                route.council(), command.sessionDate(), command.deliberationNumber()).toString());
        return new CouncilVoteRecorded(conventionId, route.key(), command.sessionDate(), command.votes(),
                command.ballot(), command.presidentVote(), outcome, command.deliberationNumber(), actesId, attendance,
                quorumLackingOn);
    }

    /** No more votes than members present or represented. */
    static void countsWithin(VoteCount votes, Attendance attendance) {
        int counted = votes.votesFor() + votes.votesAgainst() + votes.abstentions() + votes.notTakingPart();
        RuleViolation.check(counted <= attendance.voting(), "votes-exceed-members-voting",
                counted + " votes and members not taking part exceed the " + attendance.voting()
                        + " members present or represented.");
    }

    /**
     * Adopted by the absolute majority of votes cast (abstentions are not votes cast); on a tie in a public vote the
     * president's casting vote decides, and it is refused anywhere else, where it would mean nothing.
     */
    static VoteOutcome outcome(VoteCount votes, BallotType ballot, PresidentVote presidentVote) {
        RuleViolation.check(votes.votesFor() >= 0 && votes.votesAgainst() >= 0 && votes.abstentions() >= 0
                && votes.notTakingPart() >= 0, "vote-count-negative", "Vote counts cannot be negative.");
        RuleViolation.check(votes.votesFor() + votes.votesAgainst() + votes.abstentions() + votes.notTakingPart() > 0,
                "vote-count-empty", "A vote needs at least one council member.");
        boolean publicTie = votes.votesFor() == votes.votesAgainst() && ballot != BallotType.SECRET;
        RuleViolation.check(presidentVote == null || publicTie, "president-vote-only-on-public-tie",
                "The president's casting vote decides only a tie in a public vote; this vote is "
                        + (ballot == BallotType.SECRET ? "secret." : "not a tie."));
        if (votes.votesFor() != votes.votesAgainst()) {
            return votes.votesFor() > votes.votesAgainst() ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
        }
        if (ballot == BallotType.SECRET) {
            return VoteOutcome.REJECTED;
        }
        RuleViolation.check(presidentVote != null, "president-vote-required-on-tie",
                "A tie in a public vote is decided by the president's casting vote: say how the president voted.");
        return presidentVote == PresidentVote.FOR ? VoteOutcome.ADOPTED : VoteOutcome.REJECTED;
    }
}
