package fr.ctg.platform.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A sign-in refused before its password was checked: too many recent failures for the account or the address. */
public class SignInThrottled extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottled(Duration retryAfter) {
        super("Too many failed sign-ins; retry later.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** The whole seconds to wait, at least 1, for a {@code Retry-After} header. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
