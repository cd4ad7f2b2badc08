package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record PresentToMunicipalCouncil(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate sessionDate,
        @TargetAggregateVersion Long expectedVersion) {
}
