package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record RecordPublication(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate publishedOn,
        @TargetAggregateVersion Long expectedVersion) {
}
