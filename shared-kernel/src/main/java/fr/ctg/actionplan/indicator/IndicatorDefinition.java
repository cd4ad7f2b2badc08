package fr.ctg.actionplan.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An indicator of an action sheet. {@code indicatorId} is given by the client (letters, digits, '-' or '_');
 * {@code unitLabel} is given for a {@code FREE} unit only; {@code scope} is optional.
 * <p>
 * {@link #assess} is the one rule of an indicator's progress, used by every view and the annual report
 * (docs/indicators.md):
 * <ul>
 * <li>INCREASE and DECREASE: progress is (value - baseline) / (target - baseline), clamped to [0, 1]; the target is
 * reached once the value is at or beyond it. On track in a year: the value is at or beyond (above for INCREASE,
 * below for DECREASE) the linear path from the baseline at its year to the target at its year; before the baseline
 * year the path is the baseline, from the target year on it is the target.</li>
 * <li>REACH: the target is a level to reach exactly (e.g. "4 meetings a year"): progress is 1 when the value equals
 * the target and 0 otherwise, and the indicator is on track only when the target is reached.</li>
 * </ul>
 */
public record IndicatorDefinition(
        String indicatorId,
        String label,
        IndicatorUnit unit,
        String unitLabel,
        IndicatorDirection direction,
        YearValue baseline,
        YearValue target,
        IndicatorScope scope) {

    private static final int SCALE = 4;

    /** This indicator judged on {@code value}, measured in {@code year}. */
    public IndicatorAssessment assess(int year, BigDecimal value) {
        BigDecimal from = baseline.value();
        BigDecimal to = target.value();
        BigDecimal expected = expectedIn(year);
        if (direction == IndicatorDirection.REACH || to.compareTo(from) == 0) {
            boolean reached = value.compareTo(to) == 0;
            BigDecimal progress = (reached ? BigDecimal.ONE : BigDecimal.ZERO).setScale(SCALE);
            return new IndicatorAssessment(year, value, progress, reached, expected, reached);
        }
        BigDecimal progress = value.subtract(from).divide(to.subtract(from), SCALE, RoundingMode.HALF_UP)
                .max(BigDecimal.ZERO).min(BigDecimal.ONE).setScale(SCALE, RoundingMode.HALF_UP);
        boolean increase = direction == IndicatorDirection.INCREASE;
        boolean reached = increase ? value.compareTo(to) >= 0 : value.compareTo(to) <= 0;
        boolean onTrack = increase ? value.compareTo(expected) >= 0 : value.compareTo(expected) <= 0;
        return new IndicatorAssessment(year, value, progress, reached, expected, onTrack);
    }

    /** The value the linear path from baseline to target expects in {@code year}, to 4 decimals. */
    public BigDecimal expectedIn(int year) {
        if (year >= target.year()) {
            return target.value().setScale(SCALE, RoundingMode.HALF_UP);
        }
        if (year <= baseline.year()) {
            return baseline.value().setScale(SCALE, RoundingMode.HALF_UP);
        }
        BigDecimal share = BigDecimal.valueOf(year - baseline.year())
                .divide(BigDecimal.valueOf(target.year() - baseline.year()), 10, RoundingMode.HALF_UP);
        return baseline.value().add(target.value().subtract(baseline.value()).multiply(share))
                .setScale(SCALE, RoundingMode.HALF_UP);
    }
}
