package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The council withdraws its own adopted deliberation (retrait), with its reason. */
public record RetractDeliberation(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate retractedOn,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
