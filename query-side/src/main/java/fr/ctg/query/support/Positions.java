package fr.ctg.query.support;

import org.axonframework.eventhandling.TrackingToken;

/** The global index of the event being handled, from its tracking token. */
public final class Positions {

    private Positions() {
    }

    public static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("Token without position: " + token));
    }
}
