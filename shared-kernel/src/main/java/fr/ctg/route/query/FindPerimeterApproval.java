package fr.ctg.route.query;

public record FindPerimeterApproval(String conventionId, String perimeterCode) {
}
