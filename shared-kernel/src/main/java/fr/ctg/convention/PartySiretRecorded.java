package fr.ctg.convention;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PartySiretRecorded(String conventionId, String partyId, String siret) {
}
