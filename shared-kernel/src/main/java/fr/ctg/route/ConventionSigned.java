package fr.ctg.route;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ConventionSigned(String conventionId, LocalDate signedOn, List<Signatory> signatories) {
}
