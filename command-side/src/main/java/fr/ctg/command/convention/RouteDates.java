package fr.ctg.command.convention;

import fr.ctg.convention.Period;

import java.time.LocalDate;

/**
 * The days a convention's route may name: from 1 January of the year before its period (councils often deliberate
 * on the plan before its first year) to today in Paris. A date outside is a typing error, not history.
 */
record RouteDates(LocalDate earliest, LocalDate today) {

    static RouteDates of(Period period, Today today) {
        return new RouteDates(LocalDate.of(period.startYear() - 1, 1, 1), today.inParis());
    }

    /** {@code date} is given and lies in the window; {@code field} names it in the refusal. */
    void check(String field, LocalDate date) {
        RuleViolation.check(date != null, "date-required", "The date " + field + " is required.");
        RuleViolation.check(!date.isBefore(earliest) && !date.isAfter(today), "date-outside-route-window",
                "The date " + field + " (" + date + ") must lie between " + earliest
                        + " (1 January of the year before the convention's period) and today, " + today + ".");
    }
}
