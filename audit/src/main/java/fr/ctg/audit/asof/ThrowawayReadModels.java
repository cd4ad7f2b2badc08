package fr.ctg.audit.asof;

import fr.ctg.platform.processing.HandlerBatch;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Function;

/**
 * A private, empty copy of every read model, alive for one transaction that is always rolled back. Inside it the
 * projections' own handlers and queries run unchanged: the session's search_path points their unqualified table
 * names at the copy (temporary tables) (every table a read model declares is copied), while the live processors, on other connections, keep writing the live tables.
 */
@Component
class ThrowawayReadModels {

    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ReplayableViews views;

    ThrowawayReadModels(TransactionTemplate transaction, JdbcTemplate jdbc, ReplayableViews views) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.views = views;
    }

    /** The work receives the copy, which knows the live schema's name and feeds events to the projections. */
    <T> T use(Function<Copy, T> work) {
        return transaction.execute(status -> {
            status.setRollbackOnly();
            String live = jdbc.queryForObject("SELECT current_schema()", String.class);
            // Temporary tables: private to this session, gone with the transaction, and they need no right to
            // create schemas (the service's database role has none).
            for (String table : tables()) {
                jdbc.execute("CREATE TEMPORARY TABLE " + table + " (LIKE " + live + "." + table
                        + " INCLUDING ALL) ON COMMIT DROP");
            }
            // Read models resolve to the copy first; the event store, which is not copied, to the live schema.
            jdbc.execute("SET LOCAL search_path TO pg_temp, " + live);
            return work.apply(new Copy(live, new HandlerBatch(views.projections())));
        });
    }

    List<String> tables() {
        return views.tables().stream().distinct().sorted().toList();
    }

    record Copy(String liveSchema, HandlerBatch projections) {

        void feed(List<? extends EventMessage<?>> events) {
            projections.feed(events);
        }
    }
}
