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
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A rebuild's replay in one pass (ADR 12): the store is read and deserialized once, each batch of events is handed
 * to the projections of every processor being rebuilt, whose writes go out as JDBC batches at the batch's end, and
 * in the same transaction every segment's token of those processors moves to the batch's last event. The
 * processors, started again afterwards, take over from there: live, each view still advances, fails and is rebuilt
 * on its own (ADR 4). Tokens committed with each batch make a pass cut short (a crash) resume through the
 * processors themselves, from where it stopped.
 */
@Component
class OnePassRebuild {

    private static final Logger log = LoggerFactory.getLogger(OnePassRebuild.class);

    private final List<ReadModel> readModels;
    private final EventStorageEngine storage;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;
    private final int batchSize;

    OnePassRebuild(List<ReadModel> readModels, EventStorageEngine storage, TokenStore tokens,
                   PlatformTransactionManager transactionManager,
                   @Value("${ctg.query.rebuild.batch-size:1000}") int batchSize) {
        this.readModels = readModels;
        this.storage = storage;
        this.tokens = tokens;
        this.transaction = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
    }

    /**
     * Replays the whole store into the (emptied) read models of {@code processors}, whose token segments exist and
     * are not held by a running processor. Answers the number of events replayed.
     */
    long replay(List<String> processors) {
        HandlerBatch projections = new HandlerBatch(readModels.stream()
                .filter(model -> processors.contains(model.processorName())).toList());
        List<Segments> segments = processors.stream()
                .map(processor -> new Segments(processor, tokens.fetchSegments(processor))).toList();
        long replayed = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            List<TrackedEventMessage<?>> batch = new ArrayList<>(batchSize);
            while (events.hasNext()) {
                batch.add(events.next());
                if (batch.size() == batchSize || !events.hasNext()) {
                    List<TrackedEventMessage<?>> handled = batch;
                    TrackingToken reached = handled.get(handled.size() - 1).trackingToken();
                    transaction.executeWithoutResult(status -> {
                        projections.feed(handled);
                        segments.forEach(processor -> processor.moveTo(tokens, reached));
                    });
                    replayed += handled.size();
                    batch = new ArrayList<>(batchSize);
                }
            }
        } finally {
            segments.forEach(processor -> processor.release(tokens));
        }
        log.info("One-pass rebuild of {} replayed {} events", processors, replayed);
        return replayed;
    }

    /** A processor's token segments, moved together: every segment has seen every event of the pass. */
    private record Segments(String processor, int[] ids) {

        void moveTo(TokenStore tokens, TrackingToken token) {
            for (int segment : ids) {
                tokens.storeToken(token, processor, segment);
            }
        }

        void release(TokenStore tokens) {
            for (int segment : ids) {
                try {
                    tokens.releaseClaim(processor, segment);
                } catch (RuntimeException e) {
                    log.debug("Claim of {} segment {} not released: {}", processor, segment, e.toString());
                }
            }
        }
    }
}
