package fr.ctg.actionplan.query;

/** Counts for one value of a dimension (a theme code, a level, a period such as 2023-2024, a perimeter code). */
public record ProgressBreakdown(String key, ProgressCounts counts) {
}
