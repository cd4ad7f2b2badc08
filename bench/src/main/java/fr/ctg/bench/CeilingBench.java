package fr.ctg.bench;

import fr.ctg.query.processing.QueryProperties;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the chosen stack costs before this service does anything, measured in the same run as the targets: it tells a
 * missed ratio that this design could still reach from one that the framework alone already rules out on this
 * machine.
 */
final class CeilingBench {

    private CeilingBench() {
    }

    /**
     * The cheapest authenticated request the command side serves (sign-in, one indexed query, a small JSON answer) at
     * 8 clients: every command does all of this and more, so no command rate can exceed it.
     */
    static double http(String commandUrl, String conventionId, int seconds, Latencies latencies)
            throws InterruptedException {
        return coordinators(commandUrl, conventionId, Bench.ADMIN, "200", seconds, latencies);
    }

    /**
     * A request refused at once (no credentials: 401 with its problem detail) at 8 clients: the loopback client, Tomcat
     * and the security filters, with no sign-in, no database and no handler; no answer of this service costs less.
     */
    static double refused(String commandUrl, String conventionId, int seconds, Latencies latencies)
            throws InterruptedException {
        return coordinators(commandUrl, conventionId, null, "401", seconds, latencies);
    }

    /** GETs a convention's coordinators in a loop at 8 clients, as {@code user} (null: without credentials). */
    private static double coordinators(String commandUrl, String conventionId, String user, String expected,
                                       int seconds, Latencies latencies) throws InterruptedException {
        String url = commandUrl + "/api/v1/admin/conventions/" + conventionId + "/coordinators";
        return AppendBench.timed(8, seconds, client -> {
            long start = System.nanoTime();
            String[] answer = Http.get(url, user);
            if (!expected.equals(answer[0])) {
                throw new IllegalStateException("expected " + expected + ", got " + answer[0] + " " + answer[1]);
            }
            latencies.add(System.nanoTime() - start);
        });
    }

    /**
     * {@code processors} pooled streaming processors at the query side's own settings ({@code tuning}: batch size,
     * segments), but with handlers that only deserialize each event, an in-memory token store and no transaction:
     * Axon's processors reading the whole store with nothing written. A rebuild into the views does all of this and
     * more.
     */
    static double axonProcessors(StreamableMessageSource<TrackedEventMessage<?>> source, QueryProperties tuning,
                                 int processors, long head, int maxSeconds) throws InterruptedException {
        AtomicLong deserialized = new AtomicLong();
        List<PooledStreamingEventProcessor> started = new ArrayList<>();
        List<ScheduledExecutorService> executors = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < processors; i++) {
            ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
            ScheduledExecutorService workers = Executors.newScheduledThreadPool(4);
            executors.add(coordinator);
            executors.add(workers);
            PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                    .name("ceiling-" + i)
                    .eventHandlerInvoker(SimpleEventHandlerInvoker.builder()
                            .eventHandlers(new DeserializeOnly(deserialized)).build())
                    .rollbackConfiguration(RollbackConfigurationType.ANY_THROWABLE)
                    .errorHandler(PropagatingErrorHandler.instance())
                    .messageSource(source)
                    .tokenStore(new InMemoryTokenStore())
                    .transactionManager(NoTransactionManager.instance())
                    .coordinatorExecutor(coordinator)
                    .workerExecutor(workers)
                    .initialSegmentCount(tuning.segments())
                    .batchSize(tuning.batchSize())
                    .initialToken(StreamableMessageSource::createTailToken)
                    .build();
            processor.start();
            started.add(processor);
        }
        long deadline = start + maxSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline && !started.stream().allMatch(p -> reached(p, tuning.segments(), head))) {
            Thread.sleep(50);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        boolean finished = started.stream().allMatch(p -> reached(p, tuning.segments(), head));
        started.forEach(PooledStreamingEventProcessor::shutDown);
        executors.forEach(ScheduledExecutorService::shutdownNow);
        if (!finished) {
            throw new IllegalStateException("Axon's processors did not reach position " + head + " in " + maxSeconds
                    + " s");
        }
        if (deserialized.get() < processors * (head / 2)) {
            throw new IllegalStateException("only " + deserialized.get() + " events reached the handlers");
        }
        return deserialized.get() / (double) processors / seconds;
    }

    private static boolean reached(PooledStreamingEventProcessor processor, int segments, long head) {
        var status = processor.processingStatus();
        return status.size() == segments && status.values().stream().map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.isPresent() && position.getAsLong() >= head);
    }

    private record DeserializeOnly(AtomicLong count) implements EventMessageHandler {

        @Override
        public Object handle(EventMessage<?> event) {
            event.getPayload();
            count.incrementAndGet();
            return null;
        }

        @Override
        public Class<?> getTargetType() {
            return DeserializeOnly.class;
        }

        @Override
        public boolean canHandle(EventMessage<?> event) {
            return true;
        }

        @Override
        public boolean canHandleType(Class<?> payloadType) {
            return true;
        }
    }
}
