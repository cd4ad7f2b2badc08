package fr.ctg.query.web;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import java.util.function.Supplier;

/** The one way a controller reads a view: gate on the processor, ask the query bus, answer with an ETag or a 404. */
@Component
public class Views {

    private final ViewGate gate;
    private final QueryGateway queries;
    private final ViewResponses responses;

    Views(ViewGate gate, QueryGateway queries, ViewResponses responses) {
        this.gate = gate;
        this.queries = queries;
        this.responses = responses;
    }

    public <R> ResponseEntity<R> answer(String processor, Long minPosition, Object query, Class<R> viewType,
                                        WebRequest request, Supplier<QueryProblemException> notFound)
            throws InterruptedException {
        gate.await(processor, minPosition);
        R view = queries.query(query, ResponseTypes.instanceOf(viewType)).join();
        if (view == null) {
            throw notFound.get();
        }
        return responses.ok(view, request);
    }

    /** Whether the view answers {@code query}: to tell which of two things a missing answer lacks. */
    public boolean found(Object query, Class<?> viewType) {
        return queries.query(query, ResponseTypes.instanceOf(viewType)).join() != null;
    }

    /** For lists, which are empty rather than missing: a missing answer would be a bug. */
    public static Supplier<QueryProblemException> neverMissing() {
        return () -> {
            throw new IllegalStateException("The query handler answered nothing for a list");
        };
    }

    public static Supplier<QueryProblemException> unknownConvention(String conventionId) {
        return () -> QueryProblemException.notFound("unknown-convention", "No convention '" + conventionId + "'.");
    }
}
