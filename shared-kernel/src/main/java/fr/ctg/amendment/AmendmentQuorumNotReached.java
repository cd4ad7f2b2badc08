package fr.ctg.amendment;

import fr.ctg.route.QuorumNotReached;
import org.axonframework.serialization.Revision;

/** A council concerned met on the amendment without its quorum: its next meeting deliberates whatever the number present. */
@Revision("1")
public record AmendmentQuorumNotReached(String conventionId, int amendmentNumber, QuorumNotReached step) implements AmendmentRouteEvent {
}
