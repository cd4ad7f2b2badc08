package fr.ctg.query.rebuild;

import fr.ctg.platform.processing.HandlerBatch;
import fr.ctg.query.processing.ReadModel;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * A rebuild's replay in one pass (ADR 12): the store is read and deserialized once, and each batch of events is
 * handed to every processor being rebuilt, each in its own transaction on its own thread, which writes its views'
 * rows as JDBC batches and moves that processor's token segments to the batch's last event. The views of a batch are
 * written in parallel while the next batch is read: a single thread spent most of a national pass waiting for
 * PostgreSQL's answers. Each processor's batches stay in order (a batch starts when the previous one is done for
 * every view). The processors, started again afterwards, take over from there: live, each view still advances, fails
 * and is rebuilt on its own (ADR 4). Tokens committed with each view's batch make a pass cut short (a crash, a
 * failing view) resume through the processors themselves, each from where its own view stopped.
 */
@Component
class OnePassRebuild {

    private static final Logger log = LoggerFactory.getLogger(OnePassRebuild.class);

    private final List<ReadModel> readModels;
    private final EventStorageEngine storage;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private final int threads;

    OnePassRebuild(List<ReadModel> readModels, EventStorageEngine storage, TokenStore tokens,
                   PlatformTransactionManager transactionManager,
                   @Value("${ctg.query.rebuild.batch-size:1000}") int batchSize,
                   @Value("${ctg.query.rebuild.threads:4}") int threads) {
        this.readModels = readModels;
        this.storage = storage;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
        this.threads = Math.max(1, threads);
    }

    /**
     * Replays the whole store into the (emptied) read models of {@code processors}, whose token segments exist and
     * are not held by a running processor. Answers the number of events replayed.
     */
    long replay(List<String> processors) {
        List<Lane> lanes = processors.stream().map(processor -> new Lane(processor,
                new HandlerBatch(ReadModel.filledBy(processor, readModels)),
                tokens.fetchSegments(processor))).toList();
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(threads, lanes.size()), daemon());
        long replayed = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            List<Future<?>> inFlight = List.of();
            while (events.hasNext()) {
                List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
                while (batch.size() < batchSize && events.hasNext()) {
                    batch.add(events.next());
                }
                awaitAll(inFlight);
                inFlight = submit(workers, lanes, batch);
                replayed += batch.size();
            }
            awaitAll(inFlight);
        } finally {
            workers.shutdownNow();
            lanes.forEach(lane -> lane.release(tokens));
        }
        log.info("One-pass rebuild of {} replayed {} events", processors, replayed);
        return replayed;
    }

    private List<Future<?>> submit(ExecutorService workers, List<Lane> lanes, List<TrackedEventMessage<?>> batch) {
        TrackingToken reached = batch.get(batch.size() - 1).trackingToken();
        return lanes.stream().<Future<?>>map(lane -> workers.submit(() -> transaction.executeWithoutResult(status -> {
            lane.views().feed(batch);
            lane.moveTo(tokens, reached);
        }))).toList();
    }

    /** Every view's batch done, or the first failure thrown: the pass stops, the processors finish it. */
    private static void awaitAll(List<Future<?>> inFlight) {
        for (Future<?> future : inFlight) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted during the one-pass rebuild", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
        }
    }

    private static CustomizableThreadFactory daemon() {
        CustomizableThreadFactory factory = new CustomizableThreadFactory("ctg-one-pass-view-");
        factory.setDaemon(true);
        return factory;
    }

    /** A processor's views and token segments, moved together: every segment has seen every event of the pass. */
    private record Lane(String processor, HandlerBatch views, int[] segments) {

        void moveTo(TokenStore tokens, TrackingToken token) {
            for (int segment : segments) {
                tokens.storeToken(token, processor, segment);
            }
        }

        void release(TokenStore tokens) {
            for (int segment : segments) {
                try {
                    tokens.releaseClaim(processor, segment);
                } catch (RuntimeException e) {
                    log.debug("Claim of {} segment {} not released: {}", processor, segment, e.toString());
                }
            }
        }
    }
}
