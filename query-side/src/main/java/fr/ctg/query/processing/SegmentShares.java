package fr.ctg.query.processing;

import java.util.Map;

/**
 * How many segments of each processor this node may hold: the processor's segments divided by the query nodes alive,
 * rounded up, so that together the nodes can always hold every segment and none holds more than one above another.
 * Axon's coordinator claims no more than that and releases what it holds beyond it.
 *
 * @param liveNodes           query nodes alive, this one included; 0 while unknown, when nothing is limited
 * @param segmentsByProcessor the segments each processor's token has in {@code token_entry}
 * @param defaultSegments     the segments a processor's token will get when it is created
 */
record SegmentShares(int liveNodes, Map<String, Integer> segmentsByProcessor, int defaultSegments) {

    /** Before this node knows who else is alive it behaves as if alone; a later count only lowers its claims. */
    static final SegmentShares UNKNOWN = new SegmentShares(0, Map.of(), 0);

    /** Axon's own default: no limit. */
    static final int UNLIMITED = Short.MAX_VALUE;

    SegmentShares {
        segmentsByProcessor = Map.copyOf(segmentsByProcessor);
    }

    int maxFor(String processor) {
        if (liveNodes < 1 || processor == null) {
            return UNLIMITED;
        }
        int segments = segmentsByProcessor.getOrDefault(processor, defaultSegments);
        return segments < 1 ? UNLIMITED : fairShare(segments, liveNodes);
    }

    static int fairShare(int segments, int liveNodes) {
        return Math.max(1, (segments + liveNodes - 1) / liveNodes);
    }
}
