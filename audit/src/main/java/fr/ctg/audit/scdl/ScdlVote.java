package fr.ctg.audit.scdl;

import fr.ctg.route.Attendance;
import fr.ctg.route.VoteCount;

/**
 * The SCDL's vote columns, which the schema wants filled together: the members in office (the council's members
 * who could take part, vacancies excluded), those who voted (for + against + abstentions; members "not taking part"
 * did not) and the counts.
 */
record ScdlVote(int effectif, int reel, int pour, int contre, int abstention) {

    static ScdlVote of(Attendance attendance, VoteCount votes) {
        return new ScdlVote(attendance.membersInOffice(),
                votes.votesFor() + votes.votesAgainst() + votes.abstentions(), votes.votesFor(),
                votes.votesAgainst(), votes.abstentions());
    }
}
