package fr.ctg.convention.query;

public record FindConventionOverview(String conventionId) {
}
