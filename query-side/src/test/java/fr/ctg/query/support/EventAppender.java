package fr.ctg.query.support;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes events as the command side would (one aggregate per convention) for query-side tests without it. */
public final class EventAppender {

    private final EventStore store;
    private final JdbcTemplate jdbc;
    private final Map<String, Long> sequences = new HashMap<>();

    public EventAppender(EventStore store, JdbcTemplate jdbc) {
        this.store = store;
        this.jdbc = jdbc;
    }

    /** Appends in one transaction and answers the global position of the last event, as the command API does. */
    public long append(List<?> payloads) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (Object payload : payloads) {
            String conventionId = conventionId(payload);
            long sequence = sequences.merge(conventionId, 0L, (old, zero) -> old + 1);
            messages.add(new GenericDomainEventMessage<>("Convention", conventionId, sequence, payload));
        }
        store.publish(messages);
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    public long append(Object... payloads) {
        return append(List.of(payloads));
    }

    private static String conventionId(Object payload) {
        try {
            return (String) payload.getClass().getMethod("conventionId").invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException(payload + " has no conventionId", e);
        }
    }
}
