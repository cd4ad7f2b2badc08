package fr.ctg.dashboard.route;

import fr.ctg.route.query.CommuneApprovalView;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** A sortable column of the commune table; unknown columns sort as the views do (perimeter, then the source order). */
record CommuneSort(String column, boolean descending) {

    private static final Collator FRENCH = Collator.getInstance(Locale.FRANCE);
    private static final Comparator<LocalDate> DATES = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Map<String, Comparator<CommuneApprovalView>> COLUMNS = Map.of(
            "name", Comparator.comparing(CommuneApprovalView::name, FRENCH),
            "perimeter", Comparator.comparing(CommuneApprovalView::perimeterCode),
            "population", Comparator.comparingInt(CommuneApprovalView::population),
            "stage", Comparator.comparing(CommuneApprovalView::stage),
            "presentedOn", by(CommuneApprovalView::presentedOn),
            "votedOn", by(CommuneApprovalView::votedOn),
            "executoryOn", by(CommuneApprovalView::executoryOn));

    static CommuneSort of(String column, String direction) {
        return new CommuneSort(column != null && COLUMNS.containsKey(column) ? column : null, "desc".equals(direction));
    }

    Comparator<CommuneApprovalView> comparator() {
        if (column == null) {
            return (a, b) -> 0;
        }
        Comparator<CommuneApprovalView> comparator = COLUMNS.get(column);
        return descending ? comparator.reversed() : comparator;
    }

    /** The aria-sort value of a column header. */
    public String aria(String name) {
        if (!name.equals(column)) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    /** The direction a click on the header asks for: the other one when it is already the sort column. */
    public String next(String name) {
        return name.equals(column) && !descending ? "desc" : "asc";
    }

    private static Comparator<CommuneApprovalView> by(Function<CommuneApprovalView, LocalDate> date) {
        return Comparator.comparing(date, DATES);
    }
}
