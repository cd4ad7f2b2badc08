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

    /**
     * This transaction's events are the aggregate's last ones (a concurrent append of the same sequence number waits
     * on the unique key, then fails), so the index is walked down from the top only until the first row that another
     * transaction wrote. Filtering the aggregate's whole history on {@code xmin} cost a heap visit per event: 38.7 ms
     * a command on a convention of 13,304 events (EXPLAIN ANALYZE), 0.1 ms now.
     */
    List<Row> ofThisTransaction(String aggregateId) {
        return jdbc.query(SQL, (rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3)), aggregateId,
                aggregateId);
    }

    static final String SQL = """
            SELECT sequence_number, global_index, payload_type FROM domain_event_entry
            WHERE aggregate_identifier = ? AND sequence_number > COALESCE((
                SELECT sequence_number FROM domain_event_entry
                WHERE aggregate_identifier = ? AND xmin <> pg_current_xact_id()::xid
                ORDER BY sequence_number DESC LIMIT 1), -1)
            ORDER BY sequence_number""";
}
