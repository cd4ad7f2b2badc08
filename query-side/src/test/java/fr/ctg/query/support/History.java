package fr.ctg.query.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events as a streaming processor delivers them: each with its global position in a tracking token, its sequence
 * number within its convention and a timestamp, dispatched through Axon's own annotation adapter so that the handlers' parameters resolve as in
 * production.
 */
public final class History {

    public static final Instant START = Instant.parse("2023-04-06T08:00:00Z");

    private final List<TrackedEventMessage<?>> events = new ArrayList<>();
    private final Map<String, Long> sequences = new HashMap<>();
    private long position;

    public History() {
        this(0);
    }

    public History(long lastPosition) {
        this.position = lastPosition;
    }

    public History add(Object payload) {
        position++;
        String conventionId = conventionId(payload);
        long sequence = sequences.merge(conventionId, 0L, (previous, zero) -> previous + 1);
        events.add(new GenericTrackedDomainEventMessage<>(
                GapAwareTrackingToken.newInstance(position, Collections.emptySet()),
                new GenericDomainEventMessage<>("Convention", conventionId, sequence,
                        new GenericMessage<>(UUID.randomUUID().toString(), payload, Map.of()),
                        START.plusSeconds(position))));
        return this;
    }

    private static String conventionId(Object payload) {
        try {
            return (String) payload.getClass().getMethod("conventionId").invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(payload + " has no conventionId", e);
        }
    }

    public List<TrackedEventMessage<?>> events() {
        return List.copyOf(events);
    }

    public long lastPosition() {
        return position;
    }

    /** Delivers the events this history holds to {@code projection}, skipping those it has no handler for. */
    public void deliverTo(Object projection) {
        deliver(projection, events);
    }

    public static void deliver(Object projection, List<TrackedEventMessage<?>> events) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        for (TrackedEventMessage<?> event : events) {
            try {
                if (adapter.canHandle(event)) {
                    adapter.handle(event);
                }
            } catch (Exception e) {
                throw new IllegalStateException("Handling " + event.getPayloadType().getSimpleName(), e);
            }
        }
    }

    /** Delivers the events as one processor batch does: each in the batch's unit of work, writes sent at its commit. */
    public static void deliverInOneBatch(Object projection, List<TrackedEventMessage<?>> events) {
        AnnotationEventHandlerAdapter adapter = new AnnotationEventHandlerAdapter(projection);
        try {
            new BatchingUnitOfWork<>(events).executeWithResult(() -> {
                EventMessage<?> event = (EventMessage<?>) CurrentUnitOfWork.get().getMessage();
                return adapter.canHandle(event) ? adapter.handle(event) : null;
            });
        } catch (Exception e) {
            throw new IllegalStateException("Handling a batch of " + events.size() + " events", e);
        }
    }
}
