package fr.ctg.actionplan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record UpdateActionStatus(
        @TargetAggregateIdentifier String conventionId,
        String actionId,
        ActionStatus status,
        LocalDate on,
        String note,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {
}
