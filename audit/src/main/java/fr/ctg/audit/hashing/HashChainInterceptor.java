package fr.ctg.audit.hashing;

import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps every event on its way into the store with {@code hash} and {@code previousHash} metadata: the SHA-256 of
 * its canonical form, chained to the previous event of the same aggregate (convention). The canonical form is built
 * from exactly what the JDBC engine will store (same serializer, same timestamp format), so a verifier recomputes it
 * from the row. It must run after any interceptor that changes metadata: it is registered last.
 */
class HashChainInterceptor implements MessageDispatchInterceptor<EventMessage<?>> {

    /** Last hash per aggregate within one unit of work: its later events are not in the table yet. */
    private static final String RESOURCE = HashChainInterceptor.class.getName() + ".heads";

    private final Serializer serializer;
    private final JdbcTemplate jdbc;

    HashChainInterceptor(Serializer serializer, JdbcTemplate jdbc) {
        this.serializer = serializer;
        this.jdbc = jdbc;
    }

    private record Head(long sequenceNumber, String hash) {
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        Map<String, Head> heads = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(RESOURCE, key -> new HashMap<>())
                : new HashMap<>();
        return (index, message) -> stamp(message, heads);
    }

    private EventMessage<?> stamp(EventMessage<?> message, Map<String, Head> heads) {
        // A plain event is stored by Axon as its own aggregate (id = event id, sequence 0, no type): a chain of one.
        boolean domain = message instanceof DomainEventMessage<?>;
        String aggregateId = domain ? ((DomainEventMessage<?>) message).getAggregateIdentifier() : message.getIdentifier();
        long sequence = domain ? ((DomainEventMessage<?>) message).getSequenceNumber() : 0L;
        String type = domain ? ((DomainEventMessage<?>) message).getType() : null;
        String previous = previousHash(aggregateId, sequence, heads);

        SerializedObject<String> payload = message.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = message.serializeMetaData(serializer, String.class);
        String hash = new CanonicalEvent(aggregateId, type, sequence, message.getIdentifier(),
                DateTimeUtils.formatInstant(message.getTimestamp()), payload.getType().getName(),
                payload.getType().getRevision(), payload.getData(), metaData.getData(), previous).hash();
        heads.put(aggregateId, new Head(sequence, hash));
        return message.andMetaData(Map.of(CanonicalEvent.HASH, hash, CanonicalEvent.PREVIOUS_HASH, previous));
    }

    private String previousHash(String aggregateId, long sequence, Map<String, Head> heads) {
        if (sequence == 0) {
            return CanonicalEvent.GENESIS;
        }
        Head head = heads.get(aggregateId);
        if (head != null && head.sequenceNumber() == sequence - 1) {
            return head.hash();
        }
        // An event stored before the chain existed has no hash: chaining to the genesis makes verify report it.
        List<String> stored = jdbc.queryForList("""
                SELECT meta_data->>'hash' FROM domain_event_entry
                WHERE aggregate_identifier = ? AND sequence_number = ?""", String.class, aggregateId, sequence - 1);
        return stored.isEmpty() || stored.get(0) == null ? CanonicalEvent.GENESIS : stored.get(0);
    }
}
