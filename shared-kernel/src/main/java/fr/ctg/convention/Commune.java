package fr.ctg.convention;

/** A member commune as the reference data described it when the convention was defined. */
public record Commune(String inseeCode, String name, String departement, String siren, int population) {
}
