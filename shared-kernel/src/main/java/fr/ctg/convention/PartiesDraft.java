package fr.ctg.convention;

import java.util.List;
import java.util.Map;

/**
 * The parties as a definition names them: the EPCI by its SIREN (resolved from the reference data), other parties,
 * and the SIRETs known for any party (by party id, see {@link Parties}).
 */
public record PartiesDraft(String epciSiren, List<OtherParty> others, Map<String, String> sirets) {
}
