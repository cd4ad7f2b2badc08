package fr.ctg.platform.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand: declared as the primary Clock bean, it stamps events and sets the views' today. */
public class SettableClock extends Clock {

    private volatile Instant now = Instant.parse("2023-01-01T00:00:00Z");

    public void set(String instant) {
        now = Instant.parse(instant);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
