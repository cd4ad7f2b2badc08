package fr.ctg.amendment;

import fr.ctg.route.DeliberationBecameExecutory;
import org.axonframework.serialization.Revision;

/** A council's deliberation on the amendment became executory. */
@Revision("1")
public record AmendmentBecameExecutory(String conventionId, int amendmentNumber, DeliberationBecameExecutory step) implements AmendmentRouteEvent {
}
