package fr.ctg.reference;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActesIdTest {

    @Test
    void readsTheRiveDeGierDeliberation() {
        ActesId id = ActesId.parse("042-214201865-20230906-DEL_2023_064-DE");

        assertThat(id.departement()).isEqualTo("042");
        assertThat(id.siren()).isEqualTo("214201865");
        assertThat(id.decisionDate()).isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(id.internalNumber()).isEqualTo("DEL_2023_064");
        assertThat(id.nature()).isEqualTo(ActesNature.DE);
        assertThat(id).hasToString("042-214201865-20230906-DEL_2023_064-DE");
    }

    @Test
    void refusesASirenWithABadChecksum() {
        assertThatThrownBy(() -> ActesId.parse("042-214201866-20230906-DEL_2023_064-DE"))
                .hasMessageContaining("Luhn");
    }

    @Test
    void refusesANonCalendarDate() {
        assertThatThrownBy(() -> ActesId.parse("042-214201865-20230231-DEL_2023_064-DE"))
                .hasMessageContaining("not a calendar date");
    }

    @Test
    void refusesAnUnknownNature() {
        assertThatThrownBy(() -> ActesId.parse("042-214201865-20230906-DEL_2023_064-XX"))
                .hasMessageContaining("nature code");
    }

    @Test
    void refusesAnInternalNumberTooLongOrInLowerCase() {
        assertThatThrownBy(() -> ActesId.parse("042-214201865-20230906-DEL_2023_0640000-DE"))
                .hasMessageContaining("is not of the form");
        assertThatThrownBy(() -> ActesId.parse("042-214201865-20230906-del_2023_064-DE"))
                .hasMessageContaining("is not of the form");
    }

    @Test
    void padsReferenceDepartmentsToThreeCharacters() {
        assertThat(ActesId.departementOf("42")).isEqualTo("042");
        assertThat(ActesId.departementOf("2A")).isEqualTo("02A");
        assertThat(ActesId.departementOf("974")).isEqualTo("974");
    }
}
