package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record WithdrawCommune(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate withdrawnOn,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
