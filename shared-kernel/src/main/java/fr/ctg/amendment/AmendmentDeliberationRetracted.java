package fr.ctg.amendment;

import fr.ctg.route.DeliberationRetracted;
import org.axonframework.serialization.Revision;

/** A council withdrew its deliberation on the amendment: it needs a new one before it signs. */
@Revision("1")
public record AmendmentDeliberationRetracted(String conventionId, int amendmentNumber, DeliberationRetracted step) implements AmendmentRouteEvent {
}
