package fr.ctg.dashboard.route;

import fr.ctg.convention.query.ConventionSummaryPage;

/**
 * Where a page of the conventions list stands, numbered from 1 as the page's links say it: links to the previous and
 * next pages, without scripts.
 *
 * @param number the page shown (past the last one it shows nothing, and says so)
 * @param last   the last page holding conventions; 1 when there are none
 */
public record ListingPage(int number, int last, long total) {

    static ListingPage of(ConventionSummaryPage page) {
        long last = Math.max(1, (page.totalItems() + page.size() - 1) / page.size());
        return new ListingPage(page.page() + 1, (int) last, page.totalItems());
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    /** The page before, or the last one when this one is past it. */
    public int previous() {
        return Math.min(number - 1, last);
    }

    public boolean hasNext() {
        return number < last;
    }
}
