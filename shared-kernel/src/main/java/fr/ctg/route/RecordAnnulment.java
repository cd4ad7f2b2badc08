package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The administrative court annulled the adopted deliberation. */
public record RecordAnnulment(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate annulledOn,
        String court,
        String decisionReference,
        @TargetAggregateVersion Long expectedVersion) {
}
