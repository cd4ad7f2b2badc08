package fr.ctg.route;

public record Signatory(String name, String role, String organisation) {
}
