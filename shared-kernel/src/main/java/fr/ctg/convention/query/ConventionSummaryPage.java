package fr.ctg.convention.query;

import java.util.List;

public record ConventionSummaryPage(List<ConventionSummary> items, int page, int size, long totalItems) {
}
