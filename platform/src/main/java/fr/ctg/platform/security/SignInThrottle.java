package fr.ctg.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failed sign-ins, per account and per client address, in Bucket4j token buckets kept in bounded Caffeine caches.
 * A key has {@code free-failures} tokens; a failure takes one, and once the key is down to its last token each
 * further failure takes twice as many as the one before (1, 2, 4... tokens, at most {@code max-delay}), so the bucket
 * goes into debt. Tokens come back one per {@code base-delay}: the wait after the free failures is 1 base delay, then
 * 2, 4... up to the cap. While a key has no token its sign-ins are refused before any account lookup or BCrypt, so a
 * guessed account is throttled, not the service. A key forgotten for {@code forget-after} starts afresh.
 */
public class SignInThrottle {

    /** The limits of one kind of key. */
    public record Limits(int freeFailures, Duration baseDelay, Duration maxDelay) {
        long maxTokens() {
            return Math.max(1, maxDelay.toNanos() / baseDelay.toNanos());
        }
    }

    /** A key's bucket and how many times it has been put in debt since it was last forgotten. */
    private record Failures(Bucket bucket, AtomicInteger strikes) {
    }

    private final Limits account;
    private final Limits address;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;
    private final TimeMeter time;
    private final Counter accountRefusals;
    private final Counter addressRefusals;

    public SignInThrottle(Limits account, Limits address, int maxKeys, Duration forgetAfter, TimeMeter time,
                          MeterRegistry meters) {
        this.account = account;
        this.address = address;
        this.time = time;
        Ticker ticker = time::currentTimeNanos;
        this.accounts = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(forgetAfter).ticker(ticker).build();
        this.addresses = Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(forgetAfter).ticker(ticker).build();
        this.accountRefusals = refusals(meters, "account");
        this.addressRefusals = refusals(meters, "address");
    }

    private static Counter refusals(MeterRegistry meters, String scope) {
        return Counter.builder("ctg.security.sign-in.throttled").tag("scope", scope)
                .description("Sign-ins refused without checking the password, after too many failures")
                .register(meters);
    }

    /** How long to wait when this sign-in must be refused without looking at its password; empty when it may go on. */
    public Optional<Duration> refusal(String username, String clientAddress) {
        Optional<Duration> byAddress = wait(addresses, clientAddress);
        if (byAddress.isPresent()) {
            addressRefusals.increment();
            return byAddress;
        }
        Optional<Duration> byAccount = wait(accounts, username);
        byAccount.ifPresent(d -> accountRefusals.increment());
        return byAccount;
    }

    public void failed(String username, String clientAddress) {
        fail(addresses, address, clientAddress);
        fail(accounts, account, username);
    }

    /** The account's own failures are forgotten; the address's are not, or one valid account would reset them. */
    public void succeeded(String username) {
        if (username != null) {
            accounts.invalidate(username);
        }
    }

    private Optional<Duration> wait(Cache<String, Failures> cache, String key) {
        Failures failures = key == null ? null : cache.getIfPresent(key);
        if (failures == null) {
            return Optional.empty();
        }
        EstimationProbe probe = failures.bucket().estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private void fail(Cache<String, Failures> cache, Limits limits, String key) {
        if (key == null) {
            return;
        }
        Failures failures = cache.get(key, k -> new Failures(bucket(limits), new AtomicInteger()));
        Bucket bucket = failures.bucket();
        if (bucket.tryConsume(1) && bucket.getAvailableTokens() > 0) {
            return;
        }
        // The last free token is gone (or none was left): debt, doubling with each strike, never beyond the cap.
        int strike = failures.strikes().getAndIncrement();
        long cost = strike >= 62 ? Long.MAX_VALUE : 1L << strike;
        long room = limits.maxTokens() - 1 + Math.min(0, bucket.getAvailableTokens());
        long debt = Math.min(cost - 1, room);
        if (debt > 0) {
            bucket.consumeIgnoringRateLimits(debt);
        }
    }

    private Bucket bucket(Limits limits) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.freeFailures()).refillGreedy(1, limits.baseDelay()))
                .withCustomTimePrecision(time)
                .build();
    }
}
