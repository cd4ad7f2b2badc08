package fr.ctg.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Every date of the domain (a council's session, a receipt, a signature, an action's deadline) is a calendar day in
 * Europe/Paris; instants are UTC. The day of an instant is always taken here, never in UTC: at 00:30 on 1 January
 * in Paris it is still 31 December in UTC.
 */
public final class ParisCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private ParisCalendar() {
    }

    public static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static LocalDate today(Clock clock) {
        return dayOf(clock.instant());
    }

    /** The first instant of {@code day} in Paris. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
