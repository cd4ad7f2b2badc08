package fr.ctg.amendment.query;

public record FindAmendment(String conventionId, int number) {
}
