package fr.ctg.convention;

import java.util.List;
import java.util.Map;

/**
 * The parties of a convention beyond its communes. Every party has an id: {@value #CAF_ID} for the CAF, the SIREN
 * for the EPCI, the INSEE code for a commune, a chosen code for another party.
 *
 * @param epci   the intercommunality party, or null when it does not sign
 * @param others the Département, the MSA... in the order given
 * @param sirets the SIRET of each party that has one recorded, by party id (Luhn-checked; a commune's and the EPCI's
 *               start with their SIREN)
 */
public record Parties(Epci epci, List<OtherParty> others, Map<String, String> sirets) {

    public static final String CAF_ID = "caf";

    /** A convention defined before parties were recorded: its CAF and communes only. */
    public static final Parties NONE = new Parties(null, List.of(), Map.of());
}
