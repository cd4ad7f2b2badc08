package fr.ctg.convention;

/**
 * Who signs a convention. The CAF signs once its board (conseil d'administration) has decided; a commune and the
 * intercommunality (EPCI) sign once their council's deliberation is executory; the Département, the MSA and other
 * bodies sign without a route.
 */
public enum PartyKind {
    CAF,
    EPCI,
    COMMUNE,
    DEPARTEMENT,
    MSA,
    OTHER;

    /** Its council deliberates, and that deliberation follows the institutional route. */
    public boolean hasRoute() {
        return this == EPCI || this == COMMUNE;
    }
}
