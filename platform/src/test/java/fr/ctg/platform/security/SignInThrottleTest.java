package fr.ctg.platform.security;

import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SignInThrottle throttle = new SignInThrottle(
            new SignInThrottle.Limits(5, Duration.ofSeconds(1), Duration.ofSeconds(30)),
            new SignInThrottle.Limits(20, Duration.ofSeconds(1), Duration.ofSeconds(30)),
            1_000, Duration.ofHours(1), new TimeMeter() {
                @Override
                public long currentTimeNanos() {
                    return nanos.get();
                }

                @Override
                public boolean isWallClockBased() {
                    return false;
                }
            }, meters);

    private void elapse(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private Optional<Duration> refusal(String account, String address) {
        return throttle.refusal(account, address);
    }

    @Test
    void afterFiveFailuresTheAccountWaitsOneSecondThenTwiceAsLongAfterEachFailureUpToTheCap() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("claire", "10.0.0." + i);
            assertThat(refusal("claire", "10.0.0.9")).as("failure %s is free", i + 1).isEmpty();
        }
        throttle.failed("claire", "10.0.0.4");
        assertThat(refusal("claire", "10.0.0.9")).contains(Duration.ofSeconds(1));

        long[] expected = {2, 4, 8, 16, 30, 30};
        for (long seconds : expected) {
            Duration wait = refusal("claire", "10.0.0.9").orElseThrow();
            elapse(wait.minusMillis(1));
            assertThat(refusal("claire", "10.0.0.9")).as("still waiting").isPresent();
            elapse(Duration.ofMillis(1));
            assertThat(refusal("claire", "10.0.0.9")).as("waited").isEmpty();
            throttle.failed("claire", "10.0.0.9");
            assertThat(refusal("claire", "10.0.0.9").orElseThrow().toSeconds()).isEqualTo(seconds);
        }
    }

    @Test
    void aThrottledAccountDoesNotThrottleAnotherAccountNorItsAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("claire", "10.0.0.1");
        }
        assertThat(refusal("claire", "10.0.0.1")).isPresent();
        assertThat(refusal("karim", "10.0.0.1")).isEmpty();
    }

    @Test
    void aFloodFromOneAddressOverManyAccountsThrottlesTheAddressForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("guess-" + i, "10.0.0.66");
        }
        assertThat(refusal("karim", "10.0.0.66")).isPresent();
        assertThat(refusal("karim", "10.0.0.67")).isEmpty();
        assertThat(meters.counter("ctg.security.sign-in.throttled", "scope", "address").count()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInForgetsTheAccountsFailuresButNotTheAddresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("claire", "10.0.0.1");
        }
        throttle.succeeded("claire");
        for (int i = 0; i < 4; i++) {
            throttle.failed("claire", "10.0.0.1");
        }
        assertThat(refusal("claire", "10.0.0.1")).as("four failures since the success").isEmpty();
        for (int i = 0; i < 12; i++) {
            throttle.failed("other-" + i, "10.0.0.1");
        }
        assertThat(refusal("claire", "10.0.0.1")).as("20 failures from the address").isPresent();
    }

    @Test
    void refusalsAreCountedByScope() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("claire", "10.0.0.1");
        }
        refusal("claire", "10.0.0.1");
        refusal("claire", "10.0.0.2");
        assertThat(meters.counter("ctg.security.sign-in.throttled", "scope", "account").count()).isEqualTo(2);
    }

    @Test
    void aKeyUntouchedForTheForgetPeriodStartsAfresh() {
        for (int i = 0; i < 7; i++) {
            throttle.failed("claire", "10.0.0.1");
        }
        elapse(Duration.ofHours(2));
        throttle.failed("claire", "10.0.0.1");
        assertThat(refusal("claire", "10.0.0.1")).as("one failure of a fresh key").isEmpty();
    }
}
