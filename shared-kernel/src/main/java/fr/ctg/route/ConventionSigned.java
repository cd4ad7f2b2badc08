package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Every party has signed: the convention is signed on the last signature's day. Revision 1 was a single signature
 * of all signatories on one date ({@code signatories}: name, role, organisation); its upcaster lists each as a
 * {@link GivenSignature} of that date with no party id.
 */
@Revision("2")
public record ConventionSigned(String conventionId, LocalDate signedOn, List<GivenSignature> signatures) {
}
