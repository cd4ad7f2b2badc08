package fr.ctg.route.query;

public record FindPerimeterApprovals(String conventionId) {
}
