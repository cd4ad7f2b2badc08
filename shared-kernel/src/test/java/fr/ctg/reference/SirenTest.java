package fr.ctg.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SirenTest {

    @Test
    void acceptsCommuneSirensOfTheSource() {
        assertThat(Siren.isValid("214201865")).isTrue(); // Rive-de-Gier
        assertThat(Siren.isValid("214202079")).isTrue(); // Saint-Chamond
    }

    @Test
    void refusesAChangedDigitOrAWrongLength() {
        assertThat(Siren.isValid("214201866")).isFalse();
        assertThat(Siren.isValid("21420186")).isFalse();
        assertThat(Siren.isValid("21420186X")).isFalse();
        assertThat(Siren.isValid(null)).isFalse();
    }
}
