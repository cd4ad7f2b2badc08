package fr.ctg.amendment;

import fr.ctg.route.DeliberationReferredToCourt;
import org.axonframework.serialization.Revision;

/** The prefect referred a council's deliberation on the amendment to the administrative court. */
@Revision("1")
public record AmendmentReferredToCourt(String conventionId, int amendmentNumber, DeliberationReferredToCourt step) implements AmendmentRouteEvent {
}
