package fr.ctg.amendment;

import fr.ctg.route.PartySigned;
import org.axonframework.serialization.Revision;

/** A party concerned signed the amendment; {@code signature} has the convention's signature shape. */
@Revision("1")
public record AmendmentPartySigned(String conventionId, int amendmentNumber, PartySigned signature) {
}
