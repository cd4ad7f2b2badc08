package fr.ctg.amendment.query;

public record FindPlanVersions(String conventionId) {
}
