package fr.ctg.amendment;

import fr.ctg.route.CouncilVoteRecorded;
import org.axonframework.serialization.Revision;

/** A council concerned voted on the amendment: its own deliberation number and ACTES id. */
@Revision("1")
public record AmendmentVoteRecorded(String conventionId, int amendmentNumber, CouncilVoteRecorded step) implements AmendmentRouteEvent {
}
