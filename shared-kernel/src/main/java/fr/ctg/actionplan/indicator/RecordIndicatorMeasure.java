package fr.ctg.actionplan.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The value an indicator reached in a year, for its whole scope ({@code scope} null) or for one perimeter or commune
 * of it. {@code recordedBy} and {@code recordedAt} are stamped by the caller: the principal and the service's clock.
 */
public record RecordIndicatorMeasure(
        @TargetAggregateIdentifier String conventionId,
        String actionId,
        String indicatorId,
        int year,
        IndicatorScope scope,
        BigDecimal value,
        String source,
        String note,
        String recordedBy,
        Instant recordedAt,
        @TargetAggregateVersion Long expectedVersion) {
}
