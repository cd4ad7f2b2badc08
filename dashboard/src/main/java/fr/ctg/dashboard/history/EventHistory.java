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
 */
@Repository
class EventHistory {

    static final int LIMIT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;
    private final EventLabels names;
    private final EventValues values;

    EventHistory(JdbcTemplate jdbc, EventLabels names, EventValues values) {
        this.jdbc = jdbc;
        this.names = names;
        this.values = values;
    }

    @Transactional(readOnly = true)
    List<HistoryRow> of(String conventionId, String commune, String action) {
        StringBuilder sql = new StringBuilder("""
                SELECT global_index, sequence_number, payload_type, payload::text AS payload,
                       meta_data->>'principal' AS principal, meta_data->>'hash' AS hash, time_stamp
                FROM domain_event_entry WHERE aggregate_identifier = ?""");
        List<Object> arguments = new ArrayList<>(List.of(conventionId));
        if (commune != null) {
            // A document attached to the commune's deliberation or transmission names it as its subject.
            sql.append(" AND (payload->>'communeInseeCode' = ? OR payload->>'subjectKey' = ?)");
            arguments.add(commune);
            arguments.add(commune);
        }
        if (action != null) {
            sql.append(" AND (payload->>'actionId' = ? OR payload->'action'->>'actionId' = ?)");
            arguments.add(action);
            arguments.add(action);
        }
        sql.append(" ORDER BY global_index LIMIT ").append(LIMIT);
        return jdbc.query(sql.toString(), (rs, n) -> {
            String payloadType = rs.getString("payload_type");
            String type = simpleName(payloadType);
            JsonNode payload = parse(rs.getString("payload"));
            return new HistoryRow(rs.getLong("global_index"), rs.getLong("sequence_number"), type, names.event(type),
                    Instant.parse(rs.getString("time_stamp")), rs.getString("principal"), rs.getString("hash"),
                    facts(payloadType, type, payload), payload.toPrettyString());
        }, arguments.toArray());
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
}
