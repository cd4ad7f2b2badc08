package fr.ctg.dashboard.web;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    private final Labels labels = new Labels();

    @Test
    void numbersAreGroupedByThousandsWithAPlainSpaceAsTheFrenchLocaleGroupsThem() {
        assertThat(labels.number(0)).isEqualTo("0");
        assertThat(labels.number(999)).isEqualTo("999");
        assertThat(labels.number(1000)).isEqualTo("1 000");
        assertThat(labels.number(12345)).isEqualTo("12 345");
        assertThat(labels.number(-1234567)).isEqualTo("-1 234 567");
        LongStream.concat(LongStream.rangeClosed(-20_000, 20_000),
                        LongStream.of(Long.MIN_VALUE, Long.MAX_VALUE, 2_165_423, 100_000_000))
                .forEach(value -> assertThat(labels.number(value)).as("%d", value).isEqualTo(
                        String.format(Locale.FRANCE, "%,d", value).replace('\u202f', ' ').replace('\u00a0', ' ')));
    }
}
