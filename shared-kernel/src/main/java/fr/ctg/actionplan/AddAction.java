package fr.ctg.actionplan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record AddAction(
        @TargetAggregateIdentifier String conventionId,
        ActionSheet action,
        @TargetAggregateVersion Long expectedVersion) {
}
