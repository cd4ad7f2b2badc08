package fr.ctg.actionplan.indicator;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.Instant;

/** Corrects the recorded measure of a year and scope, e.g. a mistyped figure; the reason is mandatory. */
public record CorrectIndicatorMeasure(
        @TargetAggregateIdentifier String conventionId,
        String actionId,
        String indicatorId,
        int year,
        IndicatorScope scope,
        BigDecimal value,
        String source,
        String note,
        String reason,
        String correctedBy,
        Instant correctedAt,
        @TargetAggregateVersion Long expectedVersion) {
}
