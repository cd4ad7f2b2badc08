package fr.ctg.platform.eventstore;

import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoredInstantsTest {

    @Test
    void readsWhatAxonWritesExactlyAsAxonReadsIt() {
        SplittableRandom random = new SplittableRandom(7);
        long from = Instant.parse("1900-01-01T00:00:00Z").toEpochMilli();
        long to = Instant.parse("2200-12-31T23:59:59.999Z").toEpochMilli();
        for (int i = 0; i < 100_000; i++) {
            String stored = DateTimeUtils.formatInstant(Instant.ofEpochMilli(random.nextLong(from, to)));
            assertThat(StoredInstants.parse(stored)).as(stored).isEqualTo(DateTimeUtils.parseInstant(stored));
        }
    }

    @Test
    void readsLeapDaysAndTheLastMillisecondOfAYear() {
        for (String stored : new String[] {"2024-02-29T12:00:00.000Z", "2023-12-31T23:59:59.999Z",
                "1970-01-01T00:00:00.000Z", "2000-02-29T00:00:00.001Z"}) {
            assertThat(StoredInstants.parse(stored)).isEqualTo(Instant.parse(stored));
        }
    }

    @Test
    void handsOtherLayoutsToAxonsParser() {
        assertThat(StoredInstants.parse("2024-03-01T10:15:30+02:00")).isEqualTo(Instant.parse("2024-03-01T08:15:30Z"));
        assertThat(StoredInstants.parse("2024-03-01T10:15:30.123456Z"))
                .isEqualTo(Instant.parse("2024-03-01T10:15:30.123456Z"));
        assertThat(StoredInstants.parse("2024-03-01T10:15:30Z")).isEqualTo(Instant.parse("2024-03-01T10:15:30Z"));
    }

    @Test
    void refusesWhatAxonRefuses() {
        for (String stored : new String[] {"2023-02-29T00:00:00.000Z", "2024-13-01T00:00:00.000Z",
                "2024-01-01T24:00:00.000Z", "2024-01-01X00:00:00.000Z"}) {
            assertThatThrownBy(() -> DateTimeUtils.parseInstant(stored)).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> StoredInstants.parse(stored)).as(stored)
                    .isInstanceOf(DateTimeParseException.class);
        }
    }
}
