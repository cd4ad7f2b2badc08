package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.YearValue;
import fr.ctg.convention.Period;

import java.util.regex.Pattern;

import static fr.ctg.command.convention.RuleViolation.check;

/** What a new indicator must be to join an action: named, in a consistent unit, aimed within the period. */
final class IndicatorRules {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private IndicatorRules() {
    }

    static void checkDefinition(IndicatorDefinition indicator, Period period, IndicatorScopes scopes, ActionScope actionScope) {
        check(indicator != null, "indicator-required", "Give the indicator to define.");
        check(indicator.indicatorId() != null && CODE.matcher(indicator.indicatorId()).matches(),
                "indicator-id-invalid", "An indicator id is 1 to 64 letters, digits, '-' or '_'.");
        check(notBlank(indicator.label()), "indicator-label-required", "An indicator needs a label.");
        check(indicator.unit() != null, "indicator-unit-required", "An indicator needs a unit.");
        check(indicator.direction() != null, "indicator-direction-required",
                "An indicator needs a direction: INCREASE, DECREASE or REACH.");
        boolean free = indicator.unit() == IndicatorUnit.FREE;
        check(!free || notBlank(indicator.unitLabel()), "indicator-unit-label-required",
                "A FREE unit names itself in unitLabel (e.g. \"places\").");
        check(free || indicator.unitLabel() == null, "indicator-unit-label-unexpected",
                "Only a FREE unit carries a unitLabel; " + indicator.unit() + " names itself.");
        YearValue baseline = indicator.baseline();
        YearValue target = indicator.target();
        check(baseline != null, "indicator-baseline-required", "An indicator needs a baseline: a value and a year.");
        check(target != null, "indicator-target-required", "An indicator needs a target: a value and a year.");
        IndicatorValues.check(indicator.unit(), baseline.value(), "The baseline");
        IndicatorValues.check(indicator.unit(), target.value(), "The target");
        check(period.contains(target.year()), "indicator-target-year-outside-period",
                "The target year " + target.year() + " lies outside the convention's period " + period + ".");
        check(baseline.year() <= target.year(), "indicator-baseline-after-target",
                "The baseline year " + baseline.year() + " comes after the target year " + target.year() + ".");
        checkDirection(indicator);
        scopes.checkWithin(indicator.scope(), actionScope, "indicator");
    }

    /** An indicator meant to rise must aim above its baseline, one meant to fall below it. */
    private static void checkDirection(IndicatorDefinition indicator) {
        int aim = indicator.target().value().compareTo(indicator.baseline().value());
        check(indicator.direction() != IndicatorDirection.INCREASE || aim > 0, "indicator-target-not-above-baseline",
                "An INCREASE indicator aims above its baseline.");
        check(indicator.direction() != IndicatorDirection.DECREASE || aim < 0, "indicator-target-not-below-baseline",
                "A DECREASE indicator aims below its baseline.");
    }

    static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
