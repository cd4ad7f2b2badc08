package fr.ctg.command.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Runs a whole command transaction again when it lost the race to append at its convention's next sequence number:
 * another command committed first, so this one was checked against a state that no longer exists. The new attempt
 * reloads the convention and checks the rules against what is stored now; with If-Match it then answers a version
 * conflict, as it should, since the version moved.
 * <p>
 * Done here rather than with Axon's {@code RetryScheduler}: that one dispatches the command message again on its own
 * thread, outside the Spring transaction that holds the Idempotency-Key's lock and stores the answer with the events,
 * so the re-run would neither see the key nor store its answer. Pauses grow exponentially from {@code backoff} to
 * {@code max-backoff}, each drawn between half and all of its bound, so that the losers of one race do not meet again.
 */
@Component
class ConcurrentAppendRetry {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentAppendRetry.class);

    static final String RERUNS = "ctg.command.reruns";

    private final int attempts;
    private final long firstPauseNanos;
    private final long maxPauseNanos;
    private final Counter reruns;
    private final Counter exhausted;

    ConcurrentAppendRetry(@Value("${ctg.command.concurrent-append.attempts:12}") int attempts,
                          @Value("${ctg.command.concurrent-append.backoff:PT0.005S}") Duration backoff,
                          @Value("${ctg.command.concurrent-append.max-backoff:PT0.2S}") Duration maxBackoff,
                          MeterRegistry registry) {
        if (attempts < 1) {
            throw new IllegalArgumentException("ctg.command.concurrent-append.attempts must be at least 1");
        }
        this.attempts = attempts;
        this.reruns = Counter.builder(RERUNS).tag("outcome", "rerun")
                .description("Commands run again after losing the race to append to their convention")
                .register(registry);
        this.exhausted = Counter.builder(RERUNS).tag("outcome", "exhausted")
                .description("Commands run again after losing the race to append to their convention")
                .register(registry);
        this.firstPauseNanos = Math.max(1, backoff.toNanos());
        this.maxPauseNanos = Math.max(firstPauseNanos, maxBackoff.toNanos());
    }

    /** @throws Exhausted when every attempt lost its race */
    <T> T run(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (ConcurrencyException lost) {
                if (attempt >= attempts) {
                    exhausted.increment();
                    log.warn("A command lost {} races in a row to append to its convention", attempts);
                    throw new Exhausted(attempts);
                }
                reruns.increment();
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) {
        long bound = Math.min(maxPauseNanos, firstPauseNanos << Math.min(attempt - 1, 20));
        long nanos = bound / 2 + ThreadLocalRandom.current().nextLong(bound / 2 + 1);
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Exhausted(attempt);
        }
    }

    /** Other commands kept appending to the convention first; answered 409 with Retry-After. */
    static class Exhausted extends RuntimeException {
        Exhausted(int attempts) {
            super("Other changes to this convention were applied at the same time (" + attempts
                    + " attempts); nothing was written, send the request again.", null, false, false);
        }
    }
}
