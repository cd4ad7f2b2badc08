package fr.ctg.convention.query;

import fr.ctg.convention.Period;
import fr.ctg.route.Signatory;
import fr.ctg.route.query.PartyBlocker;
import fr.ctg.route.query.RouteTotals;

import java.util.List;

/**
 * The convention as a whole. {@code route} counts communes only (the EPCI is among the {@code parties});
 * {@code milestones.signedOn} is the day of the last signature, as {@link fr.ctg.route.ConventionSigned} says.
 *
 * @param signatories        the signatures of the signed convention, as before parties were recorded
 * @param parties            the CAF, the EPCI, the communes (withdrawn ones too, lacking nothing), the others
 * @param signatureBlockers  the parties that hold the signature back and what each lacks; none once signed
 * @param endedAfterSignature the communes and EPCI whose deliberation ended after a signature was given
 * @param signatureOnEndedDeliberation a signature was given and some party's deliberation was annulled or retracted
 *                                     afterwards: the ones {@code endedAfterSignature} names
 */
public record ConventionOverviewView(String conventionId, String name, String caf, Period period,
                                     ConventionStage stage, ConventionMilestones milestones, RouteTotals route,
                                     List<Signatory> signatories, List<ConventionParty> parties,
                                     List<PartyBlocker> signatureBlockers,
                                     List<EndedAfterSignature> endedAfterSignature,
                                     boolean signatureOnEndedDeliberation) {
}
