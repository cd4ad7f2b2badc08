package fr.ctg.amendment;

import fr.ctg.route.PresentedToMunicipalCouncil;
import org.axonframework.serialization.Revision;

/** The amendment was presented to a council concerned. */
@Revision("1")
public record AmendmentPresented(String conventionId, int amendmentNumber, PresentedToMunicipalCouncil step) implements AmendmentRouteEvent {
}
