package fr.ctg.audit.asof;

import java.util.List;

/**
 * What the audit trail needs from the read side to replay history into a throwaway copy of its views: the query side
 * implements it with its projections. The views are then asked through the query bus, with the shared-kernel
 * queries that the live views answer.
 */
public interface ReplayableViews {

    /** Every table the projections write, by its unqualified name: the copy has one of each. */
    List<String> tables();

    /** The projection beans whose event handlers fill those tables; the replayed events are fed to them. */
    List<Object> projections();

    /** Whether every live view has processed the events up to this global position. */
    boolean liveViewsReached(long position);
}
