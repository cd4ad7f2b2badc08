package fr.ctg.actionplan.indicator;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

@Revision("1")
public record IndicatorMeasureRecorded(
        String conventionId,
        String actionId,
        String indicatorId,
        int year,
        IndicatorScope scope,
        BigDecimal value,
        String source,
        String note,
        String recordedBy,
        Instant recordedAt) {
}
