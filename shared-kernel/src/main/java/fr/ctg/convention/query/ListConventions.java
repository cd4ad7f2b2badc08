package fr.ctg.convention.query;

public record ListConventions(PageRequest page) {
}
