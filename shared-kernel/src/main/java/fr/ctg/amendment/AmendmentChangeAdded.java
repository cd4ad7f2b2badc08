package fr.ctg.amendment;

import org.axonframework.serialization.Revision;

/** One more change of a draft amendment; a joining commune carries its reference data. */
@Revision("1")
public record AmendmentChangeAdded(String conventionId, int amendmentNumber, PlanChange change) {
}
