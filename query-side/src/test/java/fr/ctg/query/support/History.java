package fr.ctg.query.support;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events as a streaming processor delivers them: each with its global position in a tracking token and a
 * timestamp, dispatched through Axon's own annotation adapter so that the handlers' parameters resolve as in
 * production.
 */
public final class History {

    public static final Instant START = Instant.parse("2023-04-06T08:00:00Z");

    private final List<TrackedEventMessage<?>> events = new ArrayList<>();
    private long position;

    public History() {
        this(0);
    }

    public History(long lastPosition) {
        this.position = lastPosition;
    }

    public History add(Object payload) {
        position++;
        GenericEventMessage<Object> message = new GenericEventMessage<>(UUID.randomUUID().toString(), payload,
                Map.of(), START.plusSeconds(position));
        events.add(new GenericTrackedEventMessage<>(GapAwareTrackingToken.newInstance(position, Collections.emptySet()),
                message));
        return this;
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
}
