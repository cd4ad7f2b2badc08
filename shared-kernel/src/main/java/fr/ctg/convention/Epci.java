package fr.ctg.convention;

/**
 * The intercommunality party (établissement public de coopération intercommunale) as the reference data described it
 * when the convention was defined. Its council (conseil communautaire) follows the same route as a commune's: its
 * route is keyed by its SIREN, which its ACTES identifiers carry, and its population decides the publication rule.
 *
 * @param departement the department of its seat, on two or three characters as communes have it
 */
public record Epci(String siren, String name, String departement, int population) {

    /** Its council, as the route sees a deliberating body. */
    public Commune asCouncil() {
        return new Commune(siren, name, departement, siren, population);
    }
}
