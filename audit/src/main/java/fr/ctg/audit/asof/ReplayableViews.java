package fr.ctg.audit.asof;

import java.util.List;

/**
 * What the audit trail needs from the read side to replay history into a throwaway copy of its views: the query side
 * implements it with its projections. The views are then asked through the query bus, with the shared-kernel
 * queries that the live views answer.
 */
public interface ReplayableViews {

    /**
     * A read model: the projection bean whose event handlers fill its tables and whose query handlers answer from
     * them, and every table it writes, by its unqualified name (the copy has one of each).
     */
    record View(Object projection, List<String> tables) {

        public View {
            tables = List.copyOf(tables);
        }
    }

    /** Every read model. */
    List<View> views();

    /** Whether every live view has processed the events up to this global position. */
    boolean liveViewsReached(long position);
}
