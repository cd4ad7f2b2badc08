package fr.ctg.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Records (or replaces) the SIRET of a party, for a convention defined without it. */
public record RecordPartySiret(
        @TargetAggregateIdentifier String conventionId,
        String partyId,
        String siret,
        @TargetAggregateVersion Long expectedVersion) {
}
