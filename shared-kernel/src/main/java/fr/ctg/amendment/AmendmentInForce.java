package fr.ctg.amendment;

import fr.ctg.route.GivenSignature;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;

/**
 * Every party concerned has signed: version {@code version} of the plan ({@code plan}) is in force from the last
 * signature's day; {@code ended} lists the actions it ends (dropped, merged or split), whose history stays.
 */
@Revision("1")
public record AmendmentInForce(String conventionId, int amendmentNumber, int version, LocalDate inForceOn,
                               List<GivenSignature> signatures, PlanVersion plan, List<EndedAction> ended) {
}
