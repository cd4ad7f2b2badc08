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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    EventHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    List<HistoryRow> of(String conventionId, String commune, String action) {
        StringBuilder sql = new StringBuilder("""
                SELECT global_index, sequence_number, payload_type, payload::text AS payload,
                       meta_data->>'principal' AS principal, time_stamp
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
        return jdbc.query(sql.toString(), (rs, n) -> new HistoryRow(rs.getLong("global_index"),
                rs.getLong("sequence_number"), simpleName(rs.getString("payload_type")),
                Instant.parse(rs.getString("time_stamp")), rs.getString("principal"),
                facts(rs.getString("payload"))), arguments.toArray());
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** The payload's fields but the convention id (the page is about one convention), flattened one level. */
    private static Map<String, String> facts(String payload) {
        try {
            JsonNode node = JSON.readTree(payload);
            Map<String, String> facts = new LinkedHashMap<>();
            node.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("conventionId") && !field.getValue().isNull()) {
                    facts.put(field.getKey(), field.getValue().isValueNode()
                            ? field.getValue().asText() : field.getValue().toString());
                }
            });
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
