package fr.ctg.amendment.query;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;
import java.util.List;

/**
 * A party concerned by an amendment: for a council, its stage on the amendment and what it lacks before signing
 * ({@link fr.ctg.route.PartyReadiness}); its signature's day, or null.
 */
public record AmendmentPartyView(String partyId, PartyKind kind, String name, CommuneStage stage,
                                 String actesId, List<RouteStep> missing, LocalDate signedOn) {
}
