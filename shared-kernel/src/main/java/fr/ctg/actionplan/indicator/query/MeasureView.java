package fr.ctg.actionplan.indicator.query;

import fr.ctg.actionplan.indicator.IndicatorScope;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A measure as recorded, with its corrections in order. {@code value} is the current one (the last correction's, or
 * the recorded one); {@code recordedValue} is the one first recorded.
 */
public record MeasureView(int year, IndicatorScope scope, BigDecimal value, BigDecimal recordedValue, String source,
                          String note, String recordedBy, Instant recordedAt, List<MeasureCorrection> corrections) {
}
