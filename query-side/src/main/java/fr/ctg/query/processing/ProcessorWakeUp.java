package fr.ctg.query.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the processors often enough for a view to follow a command closely. A pooled processor whose stream cannot
 * announce new events looks for them every 500 ms, and the embedded event store's streams cannot: every view trailed
 * a command by about half a second. The streams handed out here say they can, and every tick asks their processors
 * to look; a look that finds nothing costs one check of the event store's in-memory buffer.
 */
@Component
class ProcessorWakeUp implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessorWakeUp.class);

    private final Set<Runnable> processors = ConcurrentHashMap.newKeySet();
    private final Duration interval;
    private ScheduledExecutorService ticker;

    ProcessorWakeUp(@Value("${ctg.query.wake-up-interval:50ms}") Duration interval) {
        this.interval = interval;
    }

    StreamableMessageSource<TrackedEventMessage<?>> around(StreamableMessageSource<TrackedEventMessage<?>> source) {
        return new Source(source);
    }

    void wakeAll() {
        for (Runnable processor : processors) {
            try {
                processor.run();
            } catch (RuntimeException e) {
                log.debug("A processor could not be woken: {}", e.toString());
            }
        }
    }

    int streams() {
        return processors.size();
    }

    @Override
    public synchronized void start() {
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "ctg-processor-wake-up");
                thread.setDaemon(true);
                return thread;
            });
            ticker.scheduleWithFixedDelay(this::wakeAll, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return ticker != null;
    }

    /** Running before Axon's processors start and after they stop. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE - 1;
    }

    private final class Source implements StreamableMessageSource<TrackedEventMessage<?>> {
        private final StreamableMessageSource<TrackedEventMessage<?>> source;

        Source(StreamableMessageSource<TrackedEventMessage<?>> source) {
            this.source = source;
        }

        @Override
        public BlockingStream<TrackedEventMessage<?>> openStream(TrackingToken trackingToken) {
            return new Stream(source.openStream(trackingToken));
        }

        @Override
        public TrackingToken createTailToken() {
            return source.createTailToken();
        }

        @Override
        public TrackingToken createHeadToken() {
            return source.createHeadToken();
        }

        @Override
        public TrackingToken createTokenAt(Instant dateTime) {
            return source.createTokenAt(dateTime);
        }

        @Override
        public TrackingToken createTokenSince(Duration duration) {
            return source.createTokenSince(duration);
        }
    }

    private final class Stream implements BlockingStream<TrackedEventMessage<?>> {
        private final BlockingStream<TrackedEventMessage<?>> stream;
        private volatile Runnable callback;

        Stream(BlockingStream<TrackedEventMessage<?>> stream) {
            this.stream = stream;
        }

        @Override
        public boolean setOnAvailableCallback(Runnable callback) {
            this.callback = callback;
            processors.add(callback);
            return true;
        }

        @Override
        public Optional<TrackedEventMessage<?>> peek() {
            return stream.peek();
        }

        @Override
        public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
            return stream.hasNextAvailable(timeout, unit);
        }

        @Override
        public boolean hasNextAvailable() {
            return stream.hasNextAvailable();
        }

        @Override
        public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
            return stream.nextAvailable();
        }

        @Override
        public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
            stream.skipMessagesWithPayloadTypeOf(ignoredMessage);
        }

        @Override
        public void close() {
            Runnable registered = callback;
            if (registered != null) {
                processors.remove(registered);
            }
            stream.close();
        }
    }
}
