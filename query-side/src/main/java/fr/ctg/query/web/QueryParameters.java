package fr.ctg.query.web;

import fr.ctg.calendar.ParisCalendar;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of the query parameters Spring cannot convert by itself, each refusal a 400 naming the rule. */
public final class QueryParameters {

    public static final int DEFAULT_PAGE_SIZE = 50;
    private static final Pattern PERIOD = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    private QueryParameters() {
    }

    public static PageRequest page(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_PAGE_SIZE : size;
        if (p < 0 || s < 1 || s > PageRequest.MAX_SIZE) {
            throw QueryProblemException.badRequest("invalid-paging",
                    "page must be 0 or more and size between 1 and " + PageRequest.MAX_SIZE + ".");
        }
        return new PageRequest(p, s);
    }

    /** "2023-2024" or "2027". */
    public static Period period(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = PERIOD.matcher(text.trim());
        if (!m.matches()) {
            throw QueryProblemException.badRequest("invalid-period", "period must read like 2023-2024 or 2027.");
        }
        int start = Integer.parseInt(m.group(1));
        int end = m.group(2) == null ? start : Integer.parseInt(m.group(2));
        if (end < start) {
            throw QueryProblemException.badRequest("invalid-period", "a period cannot end before it starts.");
        }
        return new Period(start, end);
    }

    /** Today: calendar days are Europe/Paris days, whatever the clock's zone (UTC). */
    public static LocalDate today(Clock clock) {
        return ParisCalendar.today(clock);
    }

    /** A calendar year of the views, by default the current one in Europe/Paris on {@code clock}. */
    public static int year(Integer year, Clock clock) {
        if (year == null) {
            return today(clock).getYear();
        }
        if (year < 2000 || year > 2100) {
            throw QueryProblemException.badRequest("invalid-year", "year must lie between 2000 and 2100.");
        }
        return year;
    }

    /** Blank filters mean no filter. */
    public static String filter(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
