package fr.ctg.audit.asof;

import org.axonframework.eventhandling.EventMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Private, empty copies of the read models, alive for one transaction that is always rolled back. Inside it the
 * projections' own handlers and queries run unchanged: the session's search_path points their unqualified table
 * names at the copies (temporary tables), while the live processors, on other connections, keep writing the live
 * tables. A read model is copied when first needed: the replay check copies them all, an as-of view only those its
 * queries read (each copy is catalogue writes, the larger part of a small replay).
 */
@Component
class ThrowawayReadModels {

    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final ReplayableViews views;
    private volatile ViewCatalog catalog;

    ThrowawayReadModels(TransactionTemplate transaction, JdbcTemplate jdbc, ReplayableViews views) {
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.views = views;
    }

    /** The work receives the copy, which knows the live schema's name and feeds events to the projections. */
    <T> T use(Function<Copy, T> work) {
        ViewCatalog models = catalog();
        return transaction.execute(status -> {
            status.setRollbackOnly();
            String live = jdbc.queryForObject("SELECT current_schema()", String.class);
            // Read models resolve to the copy first; the event store, which is not copied, to the live schema.
            jdbc.execute("SET LOCAL search_path TO pg_temp, " + live);
            return work.apply(new Copy(live, models));
        });
    }

    List<String> tables() {
        return catalog().tables();
    }

    private ViewCatalog catalog() {
        // Built at first use, not in the constructor: the projection beans are all created by then.
        ViewCatalog built = catalog;
        if (built == null) {
            built = new ViewCatalog(views.views());
            catalog = built;
        }
        return built;
    }

    final class Copy {

        private final String liveSchema;
        private final ViewCatalog models;
        private final Set<ViewCatalog.Model> copied = new HashSet<>();

        private Copy(String liveSchema, ViewCatalog models) {
            this.liveSchema = liveSchema;
            this.models = models;
        }

        String liveSchema() {
            return liveSchema;
        }

        /**
         * Every read model copied, even with nothing to replay: the replay check then compares each live table with
         * its copy, never with itself.
         */
        void copyAll() {
            models.models().forEach(this::copy);
        }

        /** {@code events} handed to every read model, copied first: the replay check, page by page. */
        void feed(List<? extends EventMessage<?>> events) {
            copyAll();
            models.all().feed(events);
        }

        /**
         * The read models that answer {@code queryType} copied and fed {@code history}, unless this copy already
         * holds them: what an as-of view needs before it asks that query.
         */
        void prepareFor(Class<?> queryType, List<? extends EventMessage<?>> history) {
            for (ViewCatalog.Model model : models.answering(queryType)) {
                if (copy(model)) {
                    model.handlers().feed(history);
                }
            }
        }

        /** Creates the model's tables in this transaction; false when they already are. */
        private boolean copy(ViewCatalog.Model model) {
            if (!copied.add(model)) {
                return false;
            }
            // Temporary tables: private to this session, gone with the transaction, and they need no right to
            // create schemas (the service's database role has none).
            for (String table : model.tables()) {
                jdbc.execute("CREATE TEMPORARY TABLE " + table + " (LIKE " + liveSchema + "." + table
                        + " INCLUDING ALL) ON COMMIT DROP");
            }
            return true;
        }
    }
}
