package fr.ctg.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a new password must be: 12 to 72 bytes in UTF-8 (BCrypt ignores whatever follows the 72nd byte, and Spring
 * Security refuses to hash more), not blank, not one character repeated, not the username.
 */
final class PasswordRules {

    static final int MIN_BYTES = 12;
    static final int MAX_BYTES = 72;

    /** A broken rule: its code and an English sentence. */
    record Violation(String rule, String detail) {
    }

    private PasswordRules() {
    }

    static Optional<Violation> check(String username, String password) {
        if (password == null || password.isBlank()) {
            return violation("password-blank", "The password must not be blank.");
        }
        if (!withinBcryptLimit(password)) {
            return violation("password-too-long", "The password must be at most " + MAX_BYTES + " bytes in UTF-8.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            return violation("password-too-short", "The password must be at least " + MIN_BYTES + " bytes in UTF-8.");
        }
        if (password.codePoints().distinct().count() == 1) {
            return violation("password-one-character", "The password must not be one character repeated.");
        }
        if (password.equalsIgnoreCase(username)) {
            return violation("password-equals-username", "The password must not be the username.");
        }
        return Optional.empty();
    }

    /** Cheap enough to run before any hashing: a longer password cannot be anyone's. */
    static boolean withinBcryptLimit(CharSequence password) {
        return password.length() <= MAX_BYTES
                && password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static Optional<Violation> violation(String rule, String detail) {
        return Optional.of(new Violation(rule, detail));
    }
}
