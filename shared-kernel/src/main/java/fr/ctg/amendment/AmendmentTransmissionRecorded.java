package fr.ctg.amendment;

import fr.ctg.route.PrefectureTransmissionRecorded;
import org.axonframework.serialization.Revision;

/** A council's deliberation on the amendment was received by the prefecture. */
@Revision("1")
public record AmendmentTransmissionRecorded(String conventionId, int amendmentNumber, PrefectureTransmissionRecorded step) implements AmendmentRouteEvent {
}
