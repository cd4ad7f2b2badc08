package fr.ctg.route;

import fr.ctg.convention.PartyKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A party signed the convention; {@code signatory}'s organisation is the party's name. */
@Revision("1")
public record PartySigned(String conventionId, String partyId, PartyKind partyKind, LocalDate signedOn,
                          Signatory signatory) {
}
