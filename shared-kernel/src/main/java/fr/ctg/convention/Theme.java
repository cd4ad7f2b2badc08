package fr.ctg.convention;

public record Theme(String code, String name) {
}
