package fr.ctg.convention.query;

import java.util.List;

/** Convention summaries in the list's order (by id). */
public record ConventionSummaryList(List<ConventionSummary> items) {
}
