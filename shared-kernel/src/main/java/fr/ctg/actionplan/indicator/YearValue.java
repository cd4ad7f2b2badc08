package fr.ctg.actionplan.indicator;

import java.math.BigDecimal;

/** A value at a calendar year: an indicator's baseline or target. */
public record YearValue(BigDecimal value, int year) {
}
