package fr.ctg.command.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bound on re-runs of a command that lost the race to append, and how running out of them reads over HTTP. */
class ConcurrentAppendRetryTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConcurrentAppendRetry retry = new ConcurrentAppendRetry(4, Duration.ofMillis(1), Duration.ofMillis(4),
            meters);

    @Test
    void aCommandThatLostTheRaceIsRunAgainUntilItApplies() {
        AtomicInteger runs = new AtomicInteger();

        String result = retry.run(() -> {
            if (runs.incrementAndGet() < 4) {
                throw new ConcurrencyException("sequence number taken");
            }
            return "applied";
        });

        assertThat(result).isEqualTo("applied");
        assertThat(runs).hasValue(4);
        assertThat(meters.get(ConcurrentAppendRetry.RERUNS).tag("outcome", "rerun").counter().count()).isEqualTo(3);
    }

    @Test
    void afterTheBoundTheAnswerIsA409WithRetryAfterThatDoesNotMentionIfMatch() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> retry.run(() -> {
            runs.incrementAndGet();
            throw new ConcurrencyException("sequence number taken");
        })).isInstanceOfSatisfying(ConcurrentAppendRetry.Exhausted.class, exhausted -> {
            ResponseEntity<ProblemDetail> answer = new CommandProblemHandler().concurrentChanges(exhausted);
            assertThat(answer.getStatusCode().value()).isEqualTo(409);
            assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
            assertThat(answer.getBody().getProperties()).containsEntry("rule", "version-conflict");
            assertThat(answer.getBody().getDetail()).doesNotContain("If-Match");
        });
        assertThat(runs).hasValue(4);
        assertThat(meters.get(ConcurrentAppendRetry.RERUNS).tag("outcome", "exhausted").counter().count()).isEqualTo(1);
    }

    @Test
    void aStaleIfMatchIsNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> retry.run(() -> {
            runs.incrementAndGet();
            throw new ConflictingAggregateVersionException("ctg-x", 3, 5);
        })).isInstanceOf(ConflictingAggregateVersionException.class);
        assertThat(runs).hasValue(1);
    }
}
