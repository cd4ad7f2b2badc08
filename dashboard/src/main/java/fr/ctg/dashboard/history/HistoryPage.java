package fr.ctg.dashboard.history;

import java.util.List;

/**
 * One page of a history, in the journal's order, and whether the journal (as filtered) has events before its first
 * and after its last: the page links to them by position.
 */
public record HistoryPage(List<HistoryRow> rows, boolean hasPrevious, boolean hasNext) {

    /** The position of the first event shown, or null on an empty page. */
    public Long first() {
        return rows.isEmpty() ? null : rows.get(0).position();
    }

    public Long last() {
        return rows.isEmpty() ? null : rows.get(rows.size() - 1).position();
    }
}
