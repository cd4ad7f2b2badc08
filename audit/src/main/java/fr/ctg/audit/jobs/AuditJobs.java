package fr.ctg.audit.jobs;

import fr.ctg.audit.web.AuditRequestException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Runs the auditors' long checks in the background, one at a time across every node (the table's unique index on
 * running jobs decides), and keeps each result. A job beats every few seconds while it runs; one whose node died is
 * marked failed when the next job is asked for.
 */
@Component
public class AuditJobs {

    private static final Logger log = LoggerFactory.getLogger(AuditJobs.class);
    private static final long BEAT_SECONDS = 5;

    private final AuditJobStore store;
    private final Duration progressEvery;
    private final ExecutorService runner = Executors.newSingleThreadExecutor(daemon("ctg-audit-job"));
    private final ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(daemon("ctg-audit-beat"));

    AuditJobs(AuditJobStore store, @Value("${ctg.audit.job-progress-every:1s}") Duration progressEvery) {
        this.store = store;
        this.progressEvery = progressEvery;
    }

    /** The result a check gives, and how many events it went through. */
    public record Outcome(Object result, long eventsDone, long eventsTotal) {
    }

    /**
     * Starts {@code check} as a job of {@code kind}; refused with 409 (naming the running job) while any job runs.
     */
    public AuditJob start(String kind, String requestedBy, Function<JobProgress, Outcome> check) {
        store.abandonStale();
        UUID id = UUID.randomUUID();
        try {
            store.insertRunning(id, kind, requestedBy);
        } catch (DuplicateKeyException e) {
            throw running(store.running());
        }
        runner.submit(() -> run(id, check));
        return store.find(id).orElseThrow();
    }

    public Optional<AuditJob> find(UUID id) {
        return store.find(id);
    }

    public java.util.List<AuditJob> latest(String kind) {
        return store.latest(kind, 20);
    }

    private void run(UUID id, Function<JobProgress, Outcome> check) {
        ScheduledFuture<?> beating = heart.scheduleAtFixedRate(() -> beat(id), BEAT_SECONDS, BEAT_SECONDS,
                TimeUnit.SECONDS);
        try {
            Outcome outcome = check.apply(new ThrottledProgress(id, store, progressEvery.toNanos()));
            store.finish(id, outcome.eventsDone(), outcome.eventsTotal(), outcome.result());
        } catch (RuntimeException | Error e) {
            log.warn("Audit job {} failed", id, e);
            store.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            beating.cancel(false);
        }
    }

    private void beat(UUID id) {
        try {
            store.beat(id);
        } catch (RuntimeException e) {
            log.debug("Heartbeat of audit job {} not written", id, e);
        }
    }

    private static AuditRequestException running(Optional<AuditJob> job) {
        return new AuditRequestException(HttpStatus.CONFLICT, "audit-job-running",
                "Another audit check is running; follow it, then ask again.",
                job.<Map<String, ?>>map(j -> Map.of("job", j.location(), "kind", j.kind())).orElse(Map.of()));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
        heart.shutdownNow();
    }

    private static CustomizableThreadFactory daemon(String name) {
        CustomizableThreadFactory threads = new CustomizableThreadFactory(name + "-");
        threads.setDaemon(true);
        return threads;
    }

    /** Writes the job's progress at most once per {@code ctg.audit.job-progress-every} (a second). */
    private static final class ThrottledProgress implements JobProgress {
        private final UUID id;
        private final AuditJobStore store;
        private final long everyNanos;
        private long total;
        private long lastWrite = System.nanoTime();

        ThrottledProgress(UUID id, AuditJobStore store, long everyNanos) {
            this.id = id;
            this.store = store;
            this.everyNanos = everyNanos;
        }

        @Override
        public void total(long events) {
            total = events;
            store.progress(id, 0, total);
        }

        @Override
        public void advanced(long events) {
            long now = System.nanoTime();
            if (now - lastWrite >= everyNanos) {
                lastWrite = now;
                store.progress(id, events, total);
            }
        }
    }
}
