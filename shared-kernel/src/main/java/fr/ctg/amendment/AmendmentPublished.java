package fr.ctg.amendment;

import fr.ctg.route.DeliberationPublished;
import org.axonframework.serialization.Revision;

/** A council's deliberation on the amendment was published. */
@Revision("1")
public record AmendmentPublished(String conventionId, int amendmentNumber, DeliberationPublished step) implements AmendmentRouteEvent {
}
