package fr.ctg.dashboard.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.dashboard.web.Labels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the history of a convention, a commune or an action straight from the event store, read-only. The audit
 * module serves the same history over its HTTP API; the page reads the table itself so that it needs no second
 * authentication and keeps working in a deployment without the audit module.
 */
@Repository
class EventHistory {

    static final int LIMIT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    private final JdbcTemplate jdbc;
    private final EventLabels names;
    private final Labels labels;

    EventHistory(JdbcTemplate jdbc, EventLabels names, Labels labels) {
        this.jdbc = jdbc;
        this.names = names;
        this.labels = labels;
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
            String type = simpleName(rs.getString("payload_type"));
            JsonNode payload = parse(rs.getString("payload"));
            return new HistoryRow(rs.getLong("global_index"), rs.getLong("sequence_number"), type, names.event(type),
                    Instant.parse(rs.getString("time_stamp")), rs.getString("principal"), rs.getString("hash"),
                    facts(type, payload), payload.toPrettyString());
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
    private List<HistoryRow.Fact> facts(String type, JsonNode payload) {
        List<HistoryRow.Fact> facts = new ArrayList<>();
        payload.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("conventionId") && !field.getValue().isNull()) {
                facts.add(new HistoryRow.Fact(field.getKey(), names.field(type, field.getKey()),
                        shown(field.getValue())));
            }
        });
        return facts;
    }

    /** Dates and instants as a French reader writes them (instants in Paris time); the rest as stored. */
    private String shown(JsonNode value) {
        if (value.isBoolean()) {
            return value.asBoolean() ? "oui" : "non";
        }
        if (!value.isValueNode()) {
            return value.toString();
        }
        String text = value.asText();
        if (DATE.matcher(text).matches()) {
            return labels.date(LocalDate.parse(text));
        }
        if (INSTANT.matcher(text).matches()) {
            return labels.dateTime(Instant.parse(text));
        }
        return text;
    }
}
