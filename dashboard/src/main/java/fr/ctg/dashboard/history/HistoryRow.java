package fr.ctg.dashboard.history;

import java.time.Instant;
import java.util.Map;

/** One stored event as the history page shows it. */
public record HistoryRow(long position, long version, String type, Instant recordedAt, String principal,
                         Map<String, String> facts) {
}
