package fr.ctg.audit.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The jobs' rows in {@code audit_job}; the database's clock stamps them, one clock for every node. */
@Component
class AuditJobStore {

    /** A running job whose node stopped beating this long ago died with it (heartbeat every few seconds). */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(60);

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String COLUMNS = """
            SELECT job_id, kind, status, requested_by, started_at, heartbeat_at, finished_at, events_done,
                   events_total, result::text, error FROM audit_job""";
    private static final RowMapper<AuditJob> ROW = (rs, i) -> new AuditJob(rs.getObject(1, UUID.class),
            rs.getString(2), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)),
            instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)), rs.getLong(8), rs.getLong(9),
            json(rs.getString(10)), rs.getString(11));

    private final JdbcTemplate jdbc;
    /** Progress is written from inside the check's own transaction (read-only, or always rolled back): apart. */
    private final TransactionTemplate apart;

    AuditJobStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.apart = new TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} while another job runs. */
    void insertRunning(UUID id, String kind, String requestedBy) {
        jdbc.update("""
                INSERT INTO audit_job (job_id, kind, status, requested_by, started_at, heartbeat_at)
                VALUES (?, ?, 'running', ?, clock_timestamp(), clock_timestamp())""", id, kind, requestedBy);
    }

    /** Marks as failed a running job whose node has stopped beating: it will never finish. */
    void abandonStale() {
        jdbc.update("""
                UPDATE audit_job SET status = 'failed', finished_at = clock_timestamp(),
                       error = 'The node running this job stopped before it finished.'
                WHERE status = 'running' AND heartbeat_at < clock_timestamp() - make_interval(secs => ?)""",
                ABANDONED_AFTER.toSeconds());
    }

    void beat(UUID id) {
        jdbc.update("UPDATE audit_job SET heartbeat_at = clock_timestamp() WHERE job_id = ? AND status = 'running'", id);
    }

    void progress(UUID id, long done, long total) {
        apart.executeWithoutResult(status -> jdbc.update("""
                UPDATE audit_job SET events_done = ?, events_total = ?, heartbeat_at = clock_timestamp()
                WHERE job_id = ? AND status = 'running'""", done, total, id));
    }

    void finish(UUID id, long done, long total, Object result) {
        jdbc.update("""
                UPDATE audit_job SET status = 'done', finished_at = clock_timestamp(), events_done = ?,
                       events_total = ?, result = ?::jsonb WHERE job_id = ?""", done, total, write(result), id);
    }

    void fail(UUID id, String error) {
        jdbc.update("UPDATE audit_job SET status = 'failed', finished_at = clock_timestamp(), error = ? WHERE job_id = ?",
                error, id);
    }

    Optional<AuditJob> find(UUID id) {
        return jdbc.query(COLUMNS + " WHERE job_id = ?", ROW, id).stream().findFirst();
    }

    Optional<AuditJob> running() {
        return jdbc.query(COLUMNS + " WHERE status = 'running'", ROW).stream().findFirst();
    }

    /** The latest jobs first, of one kind or of all when {@code kind} is null. */
    List<AuditJob> latest(String kind, int limit) {
        return kind == null
                ? jdbc.query(COLUMNS + " ORDER BY started_at DESC LIMIT ?", ROW, limit)
                : jdbc.query(COLUMNS + " WHERE kind = ? ORDER BY started_at DESC LIMIT ?", ROW, kind, limit);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static JsonNode json(String text) {
        try {
            return text == null ? null : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
