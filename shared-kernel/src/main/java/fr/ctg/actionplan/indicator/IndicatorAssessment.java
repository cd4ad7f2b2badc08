package fr.ctg.actionplan.indicator;

import java.math.BigDecimal;

/**
 * An indicator judged on the value it had in {@code year}: {@code progress} from baseline to target in [0, 1]
 * (4 decimals), whether the target is {@code reached}, the value the linear path {@code expected} that year, and
 * whether the value is {@code onTrack}. See {@link IndicatorDefinition#assess}.
 */
public record IndicatorAssessment(int year, BigDecimal value, BigDecimal progress, boolean reached,
                                  BigDecimal expected, boolean onTrack) {
}
