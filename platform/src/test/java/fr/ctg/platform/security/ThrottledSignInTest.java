package fr.ctg.platform.security;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What is refused before the account lookup and BCrypt (the delegate) ever run. */
class ThrottledSignInTest {

    private final AtomicInteger checked = new AtomicInteger();
    private final AuthenticationProvider passwords = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication authentication) {
            checked.incrementAndGet();
            if (!"correct-horse-battery".equals(authentication.getCredentials())) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(authentication.getName(), null, List.of());
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(5, Duration.ofSeconds(1), Duration.ofMinutes(10)),
            new SignInThrottle.Limits(20, Duration.ofSeconds(1), Duration.ofMinutes(10)),
            1_000, Duration.ofHours(1), TimeMeter.SYSTEM_NANOTIME, new SimpleMeterRegistry());
    private final ThrottledSignIn signIn = new ThrottledSignIn(passwords, throttle);

    private static Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    @Test
    void aThrottledAccountIsRefusedWithoutItsPasswordBeingCheckedEvenTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt("claire", "guess", "10.0.0.1")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checked).hasValue(5);
        assertThatThrownBy(() -> signIn.authenticate(attempt("claire", "correct-horse-battery", "10.0.0.2")))
                .isInstanceOfSatisfying(SignInThrottled.class, e -> assertThat(e.retryAfterSeconds()).isEqualTo(1));
        assertThat(checked).as("no password checked while throttled").hasValue(5);

        assertThat(signIn.authenticate(attempt("karim", "correct-horse-battery", "10.0.0.1")).isAuthenticated())
                .as("another account from the same address").isTrue();
    }

    @Test
    void aPasswordOverSeventyTwoBytesOrAnOverlongUsernameFailsWithoutBeingChecked() {
        assertThatThrownBy(() -> signIn.authenticate(attempt("claire", "x".repeat(10_000), "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("claire", "a" + "é".repeat(36), "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("u".repeat(101), "correct-horse-battery", "10.0.0.1")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(checked).hasValue(0);
    }
}
