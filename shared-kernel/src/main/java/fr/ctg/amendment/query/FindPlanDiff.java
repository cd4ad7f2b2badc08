package fr.ctg.amendment.query;

public record FindPlanDiff(String conventionId, int from, int to) {
}
