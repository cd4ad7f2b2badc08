package fr.ctg.command.convention;

import fr.ctg.convention.PartyKind;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartyReadiness;
import fr.ctg.route.PartySignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.RouteProgress;
import fr.ctg.route.SignConvention;
import fr.ctg.route.Signatory;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Each party signs on its own day, once it may ({@link PartyReadiness}); the convention is signed when every party
 * has, on the last signature's day.
 *
 * @param parties      every party, in the convention's order
 * @param routes       the route of each commune and of the EPCI, by party id
 * @param boardDecided the day of the CAF board's decision, or null
 * @param signatures   the signatures already given, by party id
 */
record SignatureRules(List<Party> parties, Map<String, CommuneRoute> routes, LocalDate boardDecided,
                      Map<String, GivenSignature> signatures) {

    /** The events of {@code command}: a {@link PartySigned} per party, and {@link ConventionSigned} after the last. */
    List<Object> sign(String conventionId, SignConvention command, RouteDates dates) {
        dates.check("signedOn", command.signedOn());
        RuleViolation.check(command.signatures() != null && !command.signatures().isEmpty(), "signatories-required",
                "A signature names the parties that sign and their signatories.");
        Map<String, Party> byId = new LinkedHashMap<>();
        parties.forEach(party -> byId.put(party.id(), party));
        Set<String> signing = new HashSet<>();
        List<Map<String, Object>> blocking = new ArrayList<>();
        for (PartySignature signature : command.signatures()) {
            Party party = byId.get(signature.partyId());
            if (party == null || withdrawn(party)) {
                throw RuleViolation.notFound("party-not-in-convention",
                        "Convention " + conventionId + " has no party " + signature.partyId() + ".");
            }
            RuleViolation.check(signing.add(party.id()), "party-signs-twice",
                    party.name() + " is named twice in the same signature.");
            RuleViolation.check(!signatures.containsKey(party.id()), "party-already-signed",
                    party.name() + " signed on " + (signatures.get(party.id()) == null ? null
                            : signatures.get(party.id()).signedOn()) + ".");
            List<RouteStep> missing = PartyReadiness.beforeSigning(party.kind(), progress(party), boardDecided != null);
            if (!missing.isEmpty()) {
                blocking.add(blocker(party, missing));
            }
        }
        if (!blocking.isEmpty()) {
            throw new RuleViolation(RuleViolation.Kind.CONFLICT, "party-cannot-sign-yet",
                    blocking.size() + " part(ies) may not sign yet.", Map.of("blockingParties", blocking));
        }
        List<Object> events = new ArrayList<>();
        Map<String, GivenSignature> after = new LinkedHashMap<>(signatures);
        for (PartySignature signature : command.signatures()) {
            Party party = byId.get(signature.partyId());
            notBefore(party, command.signedOn());
            events.add(new PartySigned(conventionId, party.id(), party.kind(), command.signedOn(),
                    new Signatory(signature.name(), signature.role(), party.name())));
            after.put(party.id(), new GivenSignature(party.id(), party.name(), command.signedOn(), signature.name(),
                    signature.role()));
        }
        List<Party> remaining = parties.stream().filter(party -> !withdrawn(party)).toList();
        if (remaining.stream().allMatch(party -> after.containsKey(party.id()))) {
            List<GivenSignature> given = remaining.stream().map(party -> after.get(party.id())).toList();
            LocalDate last = given.stream().map(GivenSignature::signedOn).max(LocalDate::compareTo).orElseThrow();
            events.add(new ConventionSigned(conventionId, last, given));
        }
        return events;
    }

    private void notBefore(Party party, LocalDate signedOn) {
        if (party.kind().hasRoute()) {
            LocalDate executory = routes.get(party.id()).executoryOn();
            RuleViolation.check(!signedOn.isBefore(executory), "signature-before-deliberation-executory",
                    party.name() + " cannot sign on " + signedOn + ", before its deliberation became executory on "
                            + executory + ".");
        } else if (party.kind() == PartyKind.CAF) {
            RuleViolation.check(!signedOn.isBefore(boardDecided), "signature-before-board-decision",
                    party.name() + " cannot sign on " + signedOn + ", before its board's decision of " + boardDecided
                            + ".");
        }
    }

    private RouteProgress progress(Party party) {
        CommuneRoute route = routes.get(party.id());
        return route == null ? null : route.state().progress();
    }

    private boolean withdrawn(Party party) {
        CommuneRoute route = routes.get(party.id());
        return route != null && route.withdrawn();
    }

    private static Map<String, Object> blocker(Party party, List<RouteStep> missing) {
        return Map.of("partyId", party.id(), "kind", party.kind().name(), "name", party.name(),
                "missing", missing.stream().map(Enum::name).toList());
    }
}
