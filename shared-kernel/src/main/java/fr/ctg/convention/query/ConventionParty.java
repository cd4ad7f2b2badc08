package fr.ctg.convention.query;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;
import java.util.List;

/**
 * A party of the convention and its signature. A convention signed before parties were recorded (one signature of
 * all its signatories) counts every party as signed on that day, signatory unknown ({@code signatoryName} null).
 *
 * @param partyId        {@code caf}, the EPCI's SIREN, a commune's INSEE code, or another party's code
 * @param siret          null while not known
 * @param stage          the council's stage on the route, for a commune and the EPCI; null otherwise
 * @param boardDecidedOn for the CAF: the day its board authorised the convention, null until then
 * @param missing        what it lacks before the convention is signed
 *                       ({@link fr.ctg.route.PartyReadiness#beforeConventionSigned})
 */
public record ConventionParty(String partyId, PartyKind kind, String name, String siret, CommuneStage stage,
                              LocalDate boardDecidedOn, LocalDate signedOn, String signatoryName,
                              String signatoryRole, List<RouteStep> missing) {
}
