package fr.ctg.amendment;

import fr.ctg.route.PrefectLetterReceived;
import org.axonframework.serialization.Revision;

/** The prefect wrote about a council's deliberation on the amendment: its control window is suspended. */
@Revision("1")
public record AmendmentPrefectLetterReceived(String conventionId, int amendmentNumber, PrefectLetterReceived step) implements AmendmentRouteEvent {
}
