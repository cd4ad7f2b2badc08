package fr.ctg.dashboard.history;

import java.time.Instant;
import java.util.List;

/**
 * One stored event as the history page shows it: its French name, its fields with French labels and readable values,
 * and the stored JSON as it is (behind the page's "détails" toggle). {@code hash} is the event's link in the chain.
 */
public record HistoryRow(long position, long version, String type, String name, Instant recordedAt, String principal,
                         String hash, List<Fact> facts, String json) {

    /** One field: its name in the JSON, its French label, its value as shown. */
    public record Fact(String field, String label, String value) {
    }
}
