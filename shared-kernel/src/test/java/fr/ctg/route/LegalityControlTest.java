package fr.ctg.route;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The prefect's control window (CGCT L2131-6): two months from receipt, suspended by a letter, run again from the answer. */
class LegalityControlTest {

    private static final LocalDate RECEIVED = LocalDate.of(2023, 9, 13);

    @Test
    void theWindowEndsTwoMonthsAfterTheReceipt() {
        LegalityControl control = LegalityControl.receivedOn(RECEIVED);

        assertThat(control.windowEndsOn()).isEqualTo(LocalDate.of(2023, 11, 13));
        assertThat(control.windowOpenOn(LocalDate.of(2023, 11, 13))).isTrue();
        assertThat(control.windowOpenOn(LocalDate.of(2023, 11, 14))).isFalse();
    }

    @Test
    void aLetterSuspendsTheWindowWhichRunsAgainInFullFromTheAnswer() {
        LegalityControl pending = LegalityControl.receivedOn(RECEIVED)
                .letter(PrefectLetterKind.DOCUMENTS_REQUEST, LocalDate.of(2023, 10, 20));

        assertThat(pending.windowEndsOn()).isNull();
        assertThat(pending.windowOpenOn(LocalDate.of(2024, 6, 1))).isTrue();
        assertThat(pending.answered(LocalDate.of(2023, 12, 1)).windowEndsOn()).isEqualTo(LocalDate.of(2024, 2, 1));
    }

    @Test
    void aReferralEndsTheWindow() {
        LegalityControl referred = LegalityControl.receivedOn(RECEIVED).referred(LocalDate.of(2023, 11, 2));

        assertThat(referred.windowEndsOn()).isNull();
        assertThat(referred.windowOpenOn(LocalDate.of(2023, 11, 3))).isFalse();
    }
}
