package fr.ctg.platform.testing;

import org.axonframework.eventhandling.GenericEventMessage;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand: declared as the primary Clock bean, it stamps events and sets the views' today. */
public class SettableClock extends Clock {

    private volatile Instant now = Instant.parse("2023-01-01T00:00:00Z");

    /**
     * Moves the clock, and makes it the one Axon stamps events with: that clock is static, and the last test context
     * started has set it to its own, so a cached context's clock would otherwise set the time of no event.
     */
    public void set(String instant) {
        now = Instant.parse(instant);
        GenericEventMessage.clock = this;
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
