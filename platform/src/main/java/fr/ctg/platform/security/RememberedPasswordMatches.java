package fr.ctg.platform.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Remembers, for a short while, that a password matched its stored hash, so that a client sending HTTP Basic on
 * every request pays the deliberately slow BCrypt once per period instead of once per request (~200 ms of CPU at
 * cost 12). Only successes are remembered, so guessing gets no faster; the key binds the password to the stored
 * hash, so a changed password or a removed account stops matching at once; entries are keyed by an HMAC under a
 * per-process random key and never leave memory. {@link #forget} drops the entries of one stored hash at once (an
 * account disabled, a password changed).
 */
final class RememberedPasswordMatches implements PasswordEncoder {

    static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final long ttlNanos;
    private final LongSupplier nanoClock;
    private final SecretKeySpec key;
    private final Map<String, Remembered> expiries = new ConcurrentHashMap<>();

    /** When the match stops being trusted, and which stored hash it was for (itself an HMAC). */
    private record Remembered(long expiry, String hash) {
    }

    RememberedPasswordMatches(PasswordEncoder delegate, Duration ttl, LongSupplier nanoClock) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
        this.nanoClock = nanoClock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null || ttlNanos <= 0) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = fingerprint(rawPassword, encodedPassword);
        long now = nanoClock.getAsLong();
        Remembered remembered = expiries.get(entry);
        if (remembered != null && now - remembered.expiry() < 0) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (expiries.size() >= MAX_ENTRIES) {
                expiries.clear();
            }
            expiries.put(entry, new Remembered(now + ttlNanos, fingerprint("", encodedPassword)));
        } else if (remembered != null) {
            expiries.remove(entry);
        }
        return matches;
    }

    /** Forgets every match remembered for this stored hash: the next sign-in with it runs BCrypt again. */
    void forget(String encodedPassword) {
        String hash = fingerprint("", encodedPassword);
        expiries.values().removeIf(remembered -> remembered.hash().equals(hash));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String fingerprint(CharSequence rawPassword, String encodedPassword) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
