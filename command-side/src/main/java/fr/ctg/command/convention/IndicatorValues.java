package fr.ctg.command.convention;

import fr.ctg.actionplan.indicator.IndicatorUnit;

import java.math.BigDecimal;

/**
 * The bounds every indicator value keeps, baseline, target or measure alike. Values are decimals, so always
 * finite; the bounds keep them to what a CTG measures: never negative, a percentage at most 100, a count whole, at
 * most {@link #MAX} (a trillion: above any CTG budget in euros) and at most 4 decimals.
 */
final class IndicatorValues {

    static final BigDecimal MAX = new BigDecimal("1000000000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int MAX_DECIMALS = 4;

    private IndicatorValues() {
    }

    /** {@code what} names the value in the messages, e.g. "The baseline". */
    static void check(IndicatorUnit unit, BigDecimal value, String what) {
        RuleViolation.check(value != null, "indicator-value-required", what + " needs a value.");
        RuleViolation.check(value.signum() >= 0, "indicator-value-negative", what + " cannot be negative.");
        RuleViolation.check(value.compareTo(MAX) <= 0, "indicator-value-too-large", what + " exceeds " + MAX + ".");
        RuleViolation.check(value.stripTrailingZeros().scale() <= MAX_DECIMALS, "indicator-value-too-precise",
                what + " has more than " + MAX_DECIMALS + " decimals.");
        RuleViolation.check(unit != IndicatorUnit.PERCENT || value.compareTo(HUNDRED) <= 0,
                "indicator-percent-above-100", what + " is a percentage: at most 100.");
        RuleViolation.check(unit != IndicatorUnit.COUNT || value.stripTrailingZeros().scale() <= 0,
                "indicator-count-not-whole", what + " is a count: a whole number.");
    }
}
