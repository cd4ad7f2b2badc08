package fr.ctg.amendment;

import fr.ctg.route.PrefectLetterAnswered;
import org.axonframework.serialization.Revision;

/** The council answered the prefect's letter about its deliberation on the amendment. */
@Revision("1")
public record AmendmentPrefectLetterAnswered(String conventionId, int amendmentNumber, PrefectLetterAnswered step) implements AmendmentRouteEvent {
}
