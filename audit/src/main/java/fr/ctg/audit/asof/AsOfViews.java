package fr.ctg.audit.asof;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A view as it stood at a past instant: the convention's events stamped up to then, replayed into throwaway copies
 * of the read models the query reads, then asked the very query the live view answers. The live views are not
 * touched.
 */
@Component
public class AsOfViews {

    private final StoredEvents events;
    private final ThrowawayReadModels throwaway;
    private final QueryGateway queries;

    AsOfViews(StoredEvents events, ThrowawayReadModels throwaway, QueryGateway queries) {
        this.events = events;
        this.throwaway = throwaway;
        this.queries = queries;
    }

    /** The views of a replay, asked with the shared-kernel queries the live views answer. */
    public interface ReplayedViews {
        <R> R ask(Object query, Class<R> viewType);
    }

    /** Empty when the convention did not exist yet at that instant. */
    <R> Optional<R> at(String conventionId, Instant instant, Object query, Class<R> viewType) {
        return replayed(conventionId, instant, views -> views.ask(query, viewType));
    }

    /**
     * Several views of one replay (a report reads four): {@code work} asks them; empty when the convention did not
     * exist yet at that instant.
     */
    public <T> Optional<T> replayed(String conventionId, Instant instant, Function<ReplayedViews, T> work) {
        List<TrackedEventMessage<?>> history = events.ofConventionUntil(conventionId, instant);
        if (history.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(throwaway.use(copy -> work.apply(new ReplayedViews() {
            @Override
            public <R> R ask(Object query, Class<R> viewType) {
                // Only the read models this query reads are copied and replayed, once per replay.
                copy.prepareFor(query.getClass(), history);
                // The query bus answers on this thread, inside this transaction: it reads the copy.
                return queries.query(query, ResponseTypes.instanceOf(viewType)).join();
            }
        })));
    }
}
