package fr.ctg.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The first answer to each Idempotency-Key of each principal. Keys are scoped by principal: one user's key neither
 * tells anything about, nor blocks, another user's.
 */
@Component
class IdempotencyStore {

    /** PostgreSQL's lock_not_available, raised when lock_timeout expires. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    record Entry(String requestHash, int status, CommandAccepted response) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Takes, for the rest of the current transaction, the lock of this principal's key, waiting at most
     * {@code wait} for a concurrent request with the same key to commit or roll back. An advisory lock rather than a
     * row lock, because there is no row until the first request has committed; it works across nodes, and is
     * released with the transaction whatever happens to the process. The lock timeout is set back at once so that
     * it bounds this wait only, not the command's own statements.
     *
     * @throws KeyInProgress when the other request still runs after {@code wait}
     */
    void lock(String principal, String key, Duration wait) {
        String previous = jdbc.queryForObject("SELECT current_setting('lock_timeout')", String.class);
        jdbc.queryForObject("SELECT set_config('lock_timeout', ?, true)", String.class,
                Math.max(1, wait.toMillis()) + "ms");
        try {
            jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (ResultSetExtractor<Void>) rs -> null,
                    "ctg-command-idempotency:" + principal.length() + ":" + principal + ":" + key);
        } catch (DataAccessException e) {
            if (isLockTimeout(e)) {
                throw new KeyInProgress();
            }
            throw e;
        }
        jdbc.queryForObject("SELECT set_config('lock_timeout', ?, true)", String.class, previous);
    }

    Optional<Entry> find(String principal, String key) {
        return jdbc.query("""
                        SELECT request_hash, status, response FROM command_idempotency
                        WHERE principal = ? AND idempotency_key = ?""",
                (rs, i) -> new Entry(rs.getString(1), rs.getInt(2), read(rs.getString(3))), principal, key)
                .stream().findFirst();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another request took the key first */
    void save(String principal, String key, String requestHash, int status, CommandAccepted response) {
        jdbc.update("""
                        INSERT INTO command_idempotency (principal, idempotency_key, request_hash, status, response,
                                                         created_at)
                        VALUES (?, ?, ?, ?, ?, ?)""",
                principal, key, requestHash, status, write(response), Timestamp.from(clock.instant()));
    }

    private static boolean isLockTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && LOCK_NOT_AVAILABLE.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private CommandAccepted read(String text) {
        try {
            return json.readValue(text, CommandAccepted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored answer", e);
        }
    }

    private String write(CommandAccepted response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Another request with the same key is still running; answered 409 with Retry-After. */
    static class KeyInProgress extends RuntimeException {
        KeyInProgress() {
            super("A request with this Idempotency-Key is still being processed; retry it later to get its answer.",
                    null, false, false);
        }
    }
}
