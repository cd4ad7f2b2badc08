package fr.ctg.actionplan.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DefineIndicator(
        @TargetAggregateIdentifier String conventionId,
        String actionId,
        IndicatorDefinition indicator,
        @TargetAggregateVersion Long expectedVersion) {
}
