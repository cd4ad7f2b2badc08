package fr.ctg.command.web;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads back, inside the command's transaction, the events that this very transaction appended. */
@Component
class WrittenEvents {

    private final JdbcTemplate jdbc;

    WrittenEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Row(long sequenceNumber, long globalIndex, String payloadType) {
    }

    List<Row> ofThisTransaction(String aggregateId) {
        return jdbc.query("""
                        SELECT sequence_number, global_index, payload_type FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND xmin = pg_current_xact_id()::xid
                        ORDER BY sequence_number""",
                (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3)), aggregateId);
    }
}
