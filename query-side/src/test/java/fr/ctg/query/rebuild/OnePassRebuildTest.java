package fr.ctg.query.rebuild;

import fr.ctg.query.processing.ReadModel;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one pass hands every batch to each processor on its own, each with its own token: a view that fails leaves
 * the others where they got, and its own token where its rows stop, so that each processor resumes from there.
 */
class OnePassRebuildTest {

    private static final int EVENTS = 25;
    private static final int BATCH = 5;

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();

    @Test
    void everyViewSeesEveryEventInOrderAndItsTokenEndsAtTheLastOne() {
        Recording first = new Recording("first", -1);
        Recording second = new Recording("second", -1);
        appendEvents();

        long replayed = pass(first, second).replay(List.of("first", "second"));

        assertThat(replayed).isEqualTo(EVENTS);
        for (Recording view : List.of(first, second)) {
            assertThat(view.seen).containsExactlyElementsOf(IntStream.range(0, EVENTS).mapToObj(i -> "e" + i).toList());
            assertThat(position(view.processorName())).isEqualTo(EVENTS - 1);
        }
    }

    @Test
    void aFailingViewStopsThePassWithItsTokenAtTheEndOfItsLastCommittedBatch() {
        Recording healthy = new Recording("healthy", -1);
        Recording failing = new Recording("failing", 12); // in the third batch (events 10-14)
        appendEvents();

        assertThatThrownBy(() -> pass(healthy, failing).replay(List.of("healthy", "failing")))
                .hasRootCauseMessage("cannot project e12");

        // The failing view's token ends with its second batch: its processor resumes at event 10.
        assertThat(position("failing")).isEqualTo(9);
        // The healthy one went on with that batch at most: its token is where its rows are.
        long healthyAt = position("healthy");
        assertThat(healthyAt).isBetween(9L, 14L);
        assertThat(healthy.seen).hasSize((int) healthyAt + 1);
    }

    private OnePassRebuild pass(ReadModel... views) {
        for (ReadModel view : views) {
            tokens.initializeTokenSegments(view.processorName(), 2);
        }
        return new OnePassRebuild(List.of(views), store, tokens, new NoTransactions(), BATCH, 4);
    }

    private void appendEvents() {
        IntStream.range(0, EVENTS).forEach(i -> store.appendEvents(GenericEventMessage.asEventMessage("e" + i)));
    }

    /** Both segments of a processor are moved together; answers their common position. */
    private long position(String processor) {
        List<Long> positions = IntStream.of(tokens.fetchSegments(processor))
                .mapToObj(segment -> index(tokens.fetchToken(processor, segment))).distinct().toList();
        assertThat(positions).as("the segments of " + processor).hasSize(1);
        return positions.get(0);
    }

    private static long index(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }

    /** A read model that records the events it handles, failing on one of them when asked. */
    static final class Recording implements ReadModel {
        final List<String> seen = new CopyOnWriteArrayList<>();
        private final String name;
        private final int failOn;

        Recording(String name, int failOn) {
            this.name = name;
            this.failOn = failOn;
        }

        @EventHandler
        void on(String event) {
            if (event.equals("e" + failOn)) {
                throw new IllegalStateException("cannot project " + event);
            }
            seen.add(event);
        }

        @Override
        public String processorName() {
            return name;
        }

        @Override
        public List<String> tables() {
            return List.of();
        }
    }

    /**
     * Nothing to roll back: the views and the token store are in memory. A failing batch keeps what its view
     * recorded before the failure, and its token stays where the last completed batch put it.
     */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}
