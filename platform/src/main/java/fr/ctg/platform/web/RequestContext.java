package fr.ctg.platform.web;

import java.util.Optional;

/** Who asks, and the ids that tie a request to the events it produced. Bound to the request's thread. */
public record RequestContext(String requestId, String correlationId) {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void bind(RequestContext context) {
        CURRENT.set(context);
    }

    static void clear() {
        CURRENT.remove();
    }
}
