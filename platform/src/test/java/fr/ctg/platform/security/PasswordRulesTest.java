package fr.ctg.platform.security;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    private static String broken(String username, String password) {
        return PasswordRules.check(username, password).map(PasswordRules.Violation::rule).orElse("accepted");
    }

    @Test
    void twelveToSeventyTwoBytesAreAccepted() {
        assertThat(broken("claire", "correct-horse")).isEqualTo("accepted");
        assertThat(broken("claire", "a".repeat(71) + "b")).isEqualTo("accepted");
        assertThat(broken("claire", "é".repeat(35) + "ab")).as("72 bytes in 37 characters").isEqualTo("accepted");
    }

    @Test
    void theBoundsAreCountedInUtf8BytesNotInCharacters() {
        String multiByte = "a" + "é".repeat(36);
        assertThat(multiByte).hasSize(37);
        assertThat(multiByte.getBytes(StandardCharsets.UTF_8)).hasSize(73);
        assertThat(broken("claire", multiByte)).isEqualTo("password-too-long");
        assertThat(broken("claire", "a".repeat(72) + "b")).isEqualTo("password-too-long");
        assertThat(broken("claire", "x".repeat(10_000))).isEqualTo("password-too-long");
        assertThat(broken("claire", "😀ab😀c")).as("11 bytes in 5 characters").isEqualTo("password-too-short");
        assertThat(broken("claire", "short-pass1")).isEqualTo("password-too-short");
    }

    @Test
    void blankOneCharacterAndUsernamePasswordsAreRefused() {
        assertThat(broken("claire", " ".repeat(12))).isEqualTo("password-blank");
        assertThat(broken("claire", "\t \n".repeat(5))).isEqualTo("password-blank");
        assertThat(broken("claire", "")).isEqualTo("password-blank");
        assertThat(broken("claire", "a".repeat(20))).isEqualTo("password-one-character");
        assertThat(broken("claire", "😀".repeat(5))).isEqualTo("password-one-character");
        assertThat(broken("claire.martin@caf.fr", "claire.martin@caf.fr")).isEqualTo("password-equals-username");
        assertThat(broken("claire.martin@caf.fr", "CLAIRE.MARTIN@CAF.FR")).isEqualTo("password-equals-username");
    }
}
