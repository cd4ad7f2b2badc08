package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The prefect referred the deliberation to the administrative court (déféré préfectoral). */
public record RecordCourtReferral(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate referredOn,
        String court,
        @TargetAggregateVersion Long expectedVersion) {
}
