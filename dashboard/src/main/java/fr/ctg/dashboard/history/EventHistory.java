package fr.ctg.dashboard.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the history of a convention, a commune or an action straight from the event store, read-only. The audit
 * module serves the same history over its HTTP API; the page reads the table itself so that it needs no second
 * authentication and keeps working in a deployment without the audit module.
 * <p>
 * A page is found by position (keyset): the events after (or before) a global index, one more than the page holds to
 * know whether another page follows, never an OFFSET that would read every event before the page.
 */
@Repository
class EventHistory {

    /** The most events one printed history holds. */
    static final int LIMIT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    /*
     * The page's positions are chosen on the global index alone, and only their rows are then read whole: the sort
     * keeps no payload, and no payload is turned into text for an event left off the page.
     */
    private static final String PAGE = """
            SELECT e.global_index, e.sequence_number, e.payload_type, e.payload::text AS payload,
                   e.meta_data->>'principal' AS principal, e.meta_data->>'hash' AS hash, e.time_stamp
            FROM domain_event_entry e
            WHERE e.global_index IN (SELECT global_index FROM domain_event_entry
                                     WHERE aggregate_identifier = ?%s ORDER BY global_index %s LIMIT ?)
            ORDER BY e.global_index""";

    private final JdbcTemplate jdbc;
    private final EventLabels names;
    private final EventValues values;

    EventHistory(JdbcTemplate jdbc, EventLabels names, EventValues values) {
        this.jdbc = jdbc;
        this.names = names;
        this.values = values;
    }

    /**
     * Up to {@code size} events after position {@code after} (from the start when null) or, when only {@code before}
     * is given, the last {@code size} events before it.
     */
    @Transactional(readOnly = true)
    HistoryPage page(String conventionId, HistoryFilter filter, Long after, Long before, int size) {
        boolean backward = after == null && before != null;
        List<Object> arguments = new ArrayList<>(List.of(conventionId));
        String conditions = filter.conditions(arguments);
        if (after != null) {
            conditions += " AND global_index > ?";
            arguments.add(after);
        } else if (backward) {
            conditions += " AND global_index < ?";
            arguments.add(before);
        }
        arguments.add(size + 1);
        List<Stored> found = jdbc.query(PAGE.formatted(conditions, backward ? "DESC" : "ASC"),
                (rs, n) -> new Stored(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)), arguments.toArray());
        boolean more = found.size() > size;
        // The extra event only tells that there is more: it is the one furthest from the cursor, and is not shown.
        List<Stored> shown = backward && more ? found.subList(1, found.size())
                : more ? found.subList(0, size) : found;
        List<HistoryRow> rows = shown.stream().map(this::row).toList();
        if (backward) {
            return new HistoryPage(rows, more, exists(conventionId, filter, ">=", before));
        }
        return new HistoryPage(rows, after != null && exists(conventionId, filter, "<=", after), more);
    }

    /** The first {@link #LIMIT} events and, past them, one more if the history has more (so, truncated). */
    @Transactional(readOnly = true)
    HistoryPage printed(String conventionId, HistoryFilter filter) {
        return page(conventionId, filter, null, null, LIMIT);
    }

    private boolean exists(String conventionId, HistoryFilter filter, String comparison, long position) {
        List<Object> arguments = new ArrayList<>(List.of(conventionId));
        String conditions = filter.conditions(arguments);
        arguments.add(position);
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry"
                + " WHERE aggregate_identifier = ?" + conditions + " AND global_index " + comparison + " ?)",
                Boolean.class, arguments.toArray()));
    }

    private HistoryRow row(Stored event) {
        String type = simpleName(event.payloadType());
        JsonNode payload = parse(event.payload());
        return new HistoryRow(event.position(), event.version(), type, names.event(type),
                Instant.parse(event.timeStamp()), event.principal(), event.hash(),
                facts(event.payloadType(), type, payload), payload.toPrettyString());
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static JsonNode parse(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload's fields but the convention id (the page is about one convention), labelled in French. */
    private List<HistoryRow.Fact> facts(String payloadType, String type, JsonNode payload) {
        Class<?> event = EventValues.eventClass(payloadType).orElse(null);
        List<HistoryRow.Fact> facts = new ArrayList<>();
        payload.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("conventionId") && !field.getValue().isNull()) {
                facts.add(new HistoryRow.Fact(field.getKey(), names.field(type, field.getKey()),
                        values.shown(field.getValue(), EventValues.componentType(event, field.getKey()))));
            }
        });
        return facts;
    }

    /** An event as read, before it is worded for the page: only the events shown are. */
    private record Stored(long position, long version, String payloadType, String payload, String principal,
                          String hash, String timeStamp) {
    }
}
