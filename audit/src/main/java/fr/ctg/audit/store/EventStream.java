package fr.ctg.audit.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads events one at a time, however many match: in a read-only transaction with a fetch size, the PostgreSQL
 * driver uses a server-side cursor instead of loading the whole result, so memory stays constant.
 */
@Component
public class EventStream {

    static final String COLUMNS = """
            SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                   payload_type, payload_revision, payload::text AS payload, meta_data::text AS meta_data
            FROM domain_event_entry""";
    private static final int FETCH_SIZE = 2000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    EventStream(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Streams the events matching {@code where} (SQL after WHERE, with its ORDER BY and LIMIT) to {@code sink}. */
    public void forEach(String where, List<?> arguments, Consumer<StoredEvent> sink) {
        String sql = COLUMNS + " WHERE " + where;
        RowCallbackHandler handler = rs -> sink.accept(new StoredEvent(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10)));
        readOnly.executeWithoutResult(status -> jdbc.query(sql, handler, arguments.toArray()));
    }

    /**
     * Streams the rows of any read of the store to {@code handler}, through the same server-side cursor: for readers
     * that select their own columns, computed by PostgreSQL.
     */
    public void forEachRow(String sql, List<?> arguments, RowCallbackHandler handler) {
        readOnly.executeWithoutResult(status -> jdbc.query(sql, handler, arguments.toArray()));
    }

    /** The last global position: the count of events as long as the index has no holes, for progress. */
    public long head() {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }

    public boolean conventionExists(String conventionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ?)",
                Boolean.class, conventionId));
    }
}
