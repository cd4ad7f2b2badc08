package fr.ctg.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RememberedPasswordMatchesTest {

    private final AtomicInteger slowChecks = new AtomicInteger();
    private final AtomicLong now = new AtomicLong(1_000);
    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            slowChecks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberedPasswordMatches encoder =
            new RememberedPasswordMatches(counting, Duration.ofMinutes(5), now::get);
    private final String hash = encoder.encode("correct-horse-battery");

    @Test
    void aMatchingPasswordIsHashedOncePerPeriod() {
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
        assertThat(slowChecks).hasValue(1);

        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
        assertThat(slowChecks).as("expired, checked again").hasValue(2);
    }

    @Test
    void aWrongPasswordIsNeverRememberedSoGuessingStaysSlow() {
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
        for (int i = 0; i < 3; i++) {
            assertThat(encoder.matches("wrong-horse-battery", hash)).isFalse();
        }
        assertThat(slowChecks).hasValue(4);
    }

    @Test
    void aChangedPasswordStopsMatchingAtOnce() {
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
        String changed = encoder.encode("another-long-password");
        assertThat(encoder.matches("correct-horse-battery", changed)).isFalse();
        assertThat(encoder.matches("another-long-password", changed)).isTrue();
    }

    @Test
    void aForgottenHashIsCheckedAgainWhileOtherHashesStayRemembered() {
        String other = encoder.encode("another-long-password");
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
        assertThat(encoder.matches("another-long-password", other)).isTrue();

        encoder.forget(hash);
        assertThat(encoder.matches("correct-horse-battery", hash)).isTrue();
        assertThat(encoder.matches("another-long-password", other)).isTrue();
        assertThat(slowChecks).as("only the forgotten hash was checked again").hasValue(3);
    }

    @Test
    void aZeroPeriodChecksEveryTime() {
        RememberedPasswordMatches never = new RememberedPasswordMatches(counting, Duration.ZERO, now::get);
        never.matches("correct-horse-battery", hash);
        never.matches("correct-horse-battery", hash);
        assertThat(slowChecks).hasValue(2);
    }
}
