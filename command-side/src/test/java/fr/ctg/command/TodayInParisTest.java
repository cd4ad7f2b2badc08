package fr.ctg.command;

import fr.ctg.command.convention.Today;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The domain's today is the Paris day of the service's UTC clock. */
class TodayInParisTest {

    @Test
    void halfPastElevenInTheEveningUtcOnNewYearsEveIsAlreadyNewYearsDayInParis() {
        Today today = new CommandSideConfiguration().today(
                Clock.fixed(Instant.parse("2026-12-31T23:30:00Z"), ZoneOffset.UTC));

        assertThat(today.inParis()).isEqualTo(LocalDate.of(2027, 1, 1));
    }
}
