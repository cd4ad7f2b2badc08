package fr.ctg.actionplan.indicator;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A recorded measure, corrected. The original {@link IndicatorMeasureRecorded} stays in the history, and views show
 * both; the corrected value is the one progress is computed from. {@code previousValue} is the value it replaces.
 */
@Revision("1")
public record IndicatorMeasureCorrected(
        String conventionId,
        String actionId,
        String indicatorId,
        int year,
        IndicatorScope scope,
        BigDecimal previousValue,
        BigDecimal value,
        String source,
        String note,
        String reason,
        String correctedBy,
        Instant correctedAt) {
}
