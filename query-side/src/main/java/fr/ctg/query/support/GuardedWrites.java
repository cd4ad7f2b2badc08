package fr.ctg.query.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * How every projection writes, so that an event delivered again (at least once delivery, a redelivered tail in one
 * batch) changes nothing:
 * <ul>
 *   <li>an event creates rows by an insert that ends {@code ON CONFLICT DO NOTHING}: a row already there stays;</li>
 *   <li>it changes a row by a guarded update ({@link #updateIfNewer}): the statement's {@code WHERE} holds
 *   {@code last_sequence < :sequence} and its {@code SET} raises {@code last_sequence = :sequence}, so it applies only
 *   if the event is newer than the last one the row took.</li>
 * </ul>
 * Every write waits in the processor batch and goes at its commit, each run of one statement as one JDBC batch
 * ({@link BatchedWrites}); a handler that reads its own tables calls {@link #flush()} first.
 */
public final class GuardedWrites {

    static final String GUARD = "last_sequence < :sequence";
    static final String RAISE = "last_sequence = :sequence";

    private final BatchedWrites batch;

    public GuardedWrites(JdbcTemplate jdbc, String projection) {
        this.batch = new BatchedWrites(jdbc, projection);
    }

    /** Rows the event creates; {@code insert} ends {@code ON CONFLICT DO NOTHING}. */
    public void insert(String insert, Object... arguments) {
        batch.update(insert, arguments);
    }

    /** {@code update} applied only if the event at {@code sequence} is newer than the row's {@code last_sequence}. */
    public void updateIfNewer(SqlStatement update, long sequence, MapSqlParameterSource values) {
        requireGuard(update);
        batch.update(update.jdbcSql(), update.arguments(values.addValue("sequence", sequence)));
    }

    /**
     * Like {@link #updateIfNewer}, folded within the batch into the pending update of the same {@code row} (see
     * {@link BatchedWrites#merge}): {@code combine(earlier, later)} gives the one write with the effect of both, and
     * {@code values} the statement's parameters of a write, {@code sequence} included.
     */
    public <W> void mergeIfNewer(SqlStatement update, Object row, W write, BinaryOperator<W> combine,
                                 Function<W, SqlParameterSource> values) {
        requireGuard(update);
        batch.merge(update.jdbcSql(), row, write, combine, w -> update.arguments(values.apply(w)));
    }

    /** A statement that guards itself otherwise (it names why in its own comment). */
    public void update(SqlStatement update, SqlParameterSource values) {
        batch.update(update.jdbcSql(), update.arguments(values));
    }

    /** Sends the batch's writes so far, so that a read of the projection's own tables sees them. */
    public void flush() {
        batch.flush();
    }

    private static void requireGuard(SqlStatement update) {
        if (!update.contains(GUARD) || !update.contains(RAISE)) {
            throw new IllegalArgumentException("A guarded update holds " + GUARD + " and sets " + RAISE + ": " + update);
        }
    }
}
