package fr.ctg.query.processing;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ProcessorWakeUpTest {

    private final EmbeddedEventStore store =
            EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final ProcessorWakeUp wakeUp = new ProcessorWakeUp(Duration.ofMillis(10));

    @AfterEach
    void stop() {
        wakeUp.stop();
        store.shutDown();
    }

    @Test
    void theEventStoresOwnStreamsCannotAnnounceEventsWhichIsWhyProcessorsPolledEveryHalfSecond() {
        try (BlockingStream<TrackedEventMessage<?>> plain = store.openStream(null)) {
            assertThat(plain.setOnAvailableCallback(() -> { })).isFalse();
        }
    }

    @Test
    void aProcessorsStreamIsWokenEveryTickUntilItCloses() throws Exception {
        StreamableMessageSource<TrackedEventMessage<?>> source = wakeUp.around(store);
        AtomicInteger wakes = new AtomicInteger();
        BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken());
        assertThat(stream.setOnAvailableCallback(wakes::incrementAndGet)).isTrue();

        wakeUp.start();
        await().atMost(Duration.ofSeconds(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(5))
                .untilAsserted(() -> assertThat(wakes.get()).as("woken by the ticks").isGreaterThanOrEqualTo(3));

        stream.close();
        assertThat(wakeUp.streams()).isZero();
        int afterClose = wakes.get();
        wakeUp.wakeAll();
        assertThat(wakes.get()).isEqualTo(afterClose);
    }

    @Test
    void theStreamStillDeliversTheStoresEvents() throws Exception {
        store.publish(GenericEventMessage.asEventMessage("first"));
        StreamableMessageSource<TrackedEventMessage<?>> source = wakeUp.around(store);
        try (BlockingStream<TrackedEventMessage<?>> stream = source.openStream(source.createTailToken())) {
            assertThat(stream.hasNextAvailable(1, TimeUnit.SECONDS)).isTrue();
            assertThat(stream.nextAvailable().getPayload()).isEqualTo("first");
        }
    }
}
