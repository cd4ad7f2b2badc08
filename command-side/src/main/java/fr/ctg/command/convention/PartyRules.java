package fr.ctg.command.convention;

import fr.ctg.convention.Commune;
import fr.ctg.convention.Epci;
import fr.ctg.convention.OtherParty;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartiesDraft;
import fr.ctg.convention.PartyKind;
import fr.ctg.reference.Siret;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Resolves and checks the parties a definition names, and the SIRET recorded for any party. */
final class PartyRules {

    private static final Pattern OTHER_PARTY_ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    private static final Set<PartyKind> OTHER_KINDS = Set.of(PartyKind.DEPARTEMENT, PartyKind.MSA, PartyKind.OTHER);

    private PartyRules() {
    }

    static Parties resolve(PartiesDraft draft, Collection<Commune> communes, CommuneRegistry registry) {
        if (draft == null) {
            return Parties.NONE;
        }
        Epci epci = draft.epciSiren() == null ? null : epci(draft.epciSiren(), communes, registry);
        List<OtherParty> others = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (OtherParty other : draft.others() == null ? List.<OtherParty>of() : draft.others()) {
            RuleViolation.check(other != null && other.partyId() != null
                            && OTHER_PARTY_ID.matcher(other.partyId()).matches() && !Parties.CAF_ID.equals(other.partyId()),
                    "party-id-invalid", "Another party's id is 2 to 64 characters among a-z, 0-9 and -, starting with a "
                            + "letter, and is not \"caf\".");
            RuleViolation.check(OTHER_KINDS.contains(other.kind()), "party-kind-invalid",
                    "Party " + other.partyId() + " is a DEPARTEMENT, an MSA or OTHER; the CAF, the EPCI and the "
                            + "communes are named elsewhere in the definition.");
            RuleViolation.check(other.name() != null && !other.name().isBlank(), "party-name-required",
                    "Party " + other.partyId() + " needs a name.");
            RuleViolation.check(ids.add(other.partyId()), "party-id-duplicate",
                    "Party " + other.partyId() + " is named twice.");
            others.add(other);
        }
        Map<String, String> sirets = new LinkedHashMap<>();
        Map<String, String> sirenOf = sirenOfParties(communes, epci);
        Set<String> partyIds = new HashSet<>(ids);
        partyIds.addAll(sirenOf.keySet());
        partyIds.add(Parties.CAF_ID);
        (draft.sirets() == null ? Map.<String, String>of() : draft.sirets()).forEach((partyId, siret) -> {
            RuleViolation.check(partyIds.contains(partyId), "party-not-in-convention",
                    "A SIRET is given for " + partyId + ", which is not a party of the convention.");
            checkSiret(partyId, siret, sirenOf.get(partyId));
            sirets.put(partyId, siret);
        });
        return new Parties(epci, List.copyOf(others), Map.copyOf(sirets));
    }

    /** A SIRET passes its checksum and, for a commune or the EPCI, starts with the body's SIREN. */
    static void checkSiret(String partyId, String siret, String siren) {
        RuleViolation.check(Siret.isValid(siret), "siret-invalid",
                "The SIRET of " + partyId + " must be 14 digits whose Luhn checksum holds; " + siret + " is not.");
        RuleViolation.check(siren == null || Siret.sirenOf(siret).equals(siren), "siret-siren-mismatch",
                "The SIRET of " + partyId + " must start with its SIREN " + siren + "; " + siret + " does not.");
    }

    /** The SIREN of each party that has one here: the communes (by INSEE code) and the EPCI (by its SIREN). */
    static Map<String, String> sirenOfParties(Collection<Commune> communes, Epci epci) {
        Map<String, String> sirens = new LinkedHashMap<>();
        communes.forEach(commune -> sirens.put(commune.inseeCode(), commune.siren()));
        if (epci != null) {
            sirens.put(epci.siren(), epci.siren());
        }
        return sirens;
    }

    private static Epci epci(String siren, Collection<Commune> communes, CommuneRegistry registry) {
        Epci epci = registry.findEpci(siren).orElseThrow(() -> RuleViolation.notFound("epci-unknown",
                "No French intercommunality has SIREN " + siren + "."));
        RuleViolation.check(communes.stream().anyMatch(c -> registry.epciOf(c.inseeCode()).filter(siren::equals)
                        .isPresent()), "epci-without-member-commune",
                epci.name() + " counts none of the convention's communes among its members.");
        return epci;
    }
}
