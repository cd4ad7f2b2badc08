package fr.ctg.actionplan.indicator.query;

import java.math.BigDecimal;
import java.time.Instant;

public record MeasureCorrection(BigDecimal previousValue, BigDecimal value, String source, String note,
                                String reason, String correctedBy, Instant correctedAt) {
}
