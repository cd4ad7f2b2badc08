package fr.ctg.amendment;

import fr.ctg.route.DeliberationAnnulled;
import org.axonframework.serialization.Revision;

/** A court annulled a council's deliberation on the amendment: the council needs a new one before it signs. */
@Revision("1")
public record AmendmentDeliberationAnnulled(String conventionId, int amendmentNumber, DeliberationAnnulled step) implements AmendmentRouteEvent {
}
