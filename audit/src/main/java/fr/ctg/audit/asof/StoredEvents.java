package fr.ctg.audit.asof;

import fr.ctg.audit.store.StoredPayloads;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Events read back from the store as the streaming processors see them: deserialized, with their global position as
 * tracking token, so that projection handlers run on them exactly as they do live.
 */
@Component
class StoredEvents {

    private static final String COLUMNS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                   payload_type, payload_revision, payload::text AS payload, meta_data::text AS meta_data
            FROM domain_event_entry""";
    private static final int PAGE = 2000;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    StoredEvents(JdbcTemplate jdbc, @Qualifier("eventSerializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    /** The convention's events stamped at or before {@code instant}, in the order they were stored. */
    List<TrackedEventMessage<?>> ofConventionUntil(String conventionId, Instant instant) {
        // The stamp is read before the payload: an event after the instant is skipped, not deserialized.
        List<TrackedEventMessage<?>> until = new ArrayList<>();
        jdbc.query(COLUMNS + " WHERE aggregate_identifier = ? ORDER BY global_index", rs -> {
            if (!DateTimeUtils.parseInstant(rs.getString("time_stamp")).isAfter(instant)) {
                until.add(message(rs));
            }
        }, conventionId);
        return until;
    }

    /** Every event up to {@code head}, a page at a time, so that memory stays flat whatever the size of the store. */
    long forEachUpTo(long head, Consumer<List<TrackedEventMessage<?>>> consumer) {
        long after = 0;
        long count = 0;
        while (after < head) {
            List<TrackedEventMessage<?>> page = jdbc.query(
                    COLUMNS + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index LIMIT ?",
                    (rs, i) -> message(rs), after, head, PAGE);
            if (page.isEmpty()) {
                break;
            }
            consumer.accept(page);
            count += page.size();
            after = ((GlobalSequenceTrackingToken) page.get(page.size() - 1).trackingToken()).getGlobalIndex();
        }
        return count;
    }

    private TrackedEventMessage<?> message(ResultSet rs) throws SQLException {
        // Read as the processors read it: upcast to the latest revision of its type first. Deserialized lazily, as
        // Axon's own event streams are: a payload no projection fed handles is never deserialized.
        SerializedObject<String> payload = StoredPayloads.latest(rs.getString("payload_type"),
                rs.getString("payload_revision"), rs.getString("payload"));
        String metaData = rs.getString("meta_data");
        SerializedObject<String> meta = new SimpleSerializedObject<>(metaData == null ? "{}" : metaData, String.class,
                MetaData.class.getName(), null);
        Instant timestamp = DateTimeUtils.parseInstant(rs.getString("time_stamp"));
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(rs.getLong("global_index")),
                new GenericDomainEventMessage<>(rs.getString("type"), rs.getString("aggregate_identifier"),
                        rs.getLong("sequence_number"),
                        new SerializedMessage<>(rs.getString("event_identifier"), payload, meta, serializer), timestamp));
    }
}
