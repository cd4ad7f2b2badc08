package fr.ctg.resilience.support;

import org.awaitility.core.ConditionTimeoutException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;

/**
 * Concurrent writers, one per convention (so that they do not conflict with each other), each sending status updates
 * whose note and Idempotency-Key are a unique marker. Bounded in count per writer and stopped on demand; every
 * attempt and its answer is recorded.
 */
public final class Load implements AutoCloseable {

    /** One command sent: its marker identifies its event in the store. */
    public record Attempt(String marker, String conventionId, String path, String body, Api.Answer answer,
                          long sentAtNanos) {
    }

    private final List<String> baseUrls;
    private final List<String> conventions;
    private final int maxPerWriter;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();
    private final List<Thread> writers = new ArrayList<>();

    public Load(List<String> baseUrls, List<String> conventions, int maxPerWriter) {
        this.baseUrls = baseUrls;
        this.conventions = conventions;
        this.maxPerWriter = maxPerWriter;
    }

    public Load start() {
        for (int w = 0; w < conventions.size(); w++) {
            String conventionId = conventions.get(w);
            int writer = w;
            Thread thread = new Thread(() -> write(writer, conventionId), "load-" + conventionId);
            thread.setDaemon(true);
            writers.add(thread);
            thread.start();
        }
        return this;
    }

    private void write(int writer, String conventionId) {
        for (int i = 0; i < maxPerWriter && running.get(); i++) {
            String marker = "m-" + conventionId + "-" + i;
            String path = Api.statusPath(conventionId, Api.ACTIONS.get(i % Api.ACTIONS.size()));
            String body = Api.statusBody(marker);
            String baseUrl = baseUrls.get((writer + i) % baseUrls.size());
            long sent = System.nanoTime();
            Api.Answer answer = Api.post(baseUrl, path, body, Accounts.COORDINATOR, Map.of("Idempotency-Key", marker),
                    Duration.ofSeconds(5));
            attempts.add(new Attempt(marker, conventionId, path, body, answer, sent));
            if (answer.ok()) {
                acknowledged.incrementAndGet();
            } else {
                Node.sleep(50);
            }
        }
    }

    /** Waits, bounded, until at least {@code count} commands were acknowledged. */
    public Load awaitAcknowledged(int count, Duration timeout) {
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> acknowledged.get() >= count);
        } catch (ConditionTimeoutException tooFew) {
            throw new IllegalStateException("only " + acknowledged.get() + " of " + count + " acknowledged; last: "
                    + attempts.stream().reduce((a, b) -> b).map(Attempt::answer).orElse(null));
        }
        return this;
    }

    public int acknowledged() {
        return acknowledged.get();
    }

    public List<Attempt> stop() {
        running.set(false);
        for (Thread writer : writers) {
            try {
                writer.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return List.copyOf(attempts);
    }

    public List<Attempt> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void close() {
        stop();
    }
}
