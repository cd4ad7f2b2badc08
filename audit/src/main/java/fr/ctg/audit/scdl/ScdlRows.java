package fr.ctg.audit.scdl;

import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.reference.Siret;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PublicationMode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A convention's events folded into its SCDL rows (the choices for each field are in docs/auditors.md): each council's
 * route through {@link CommuneRouteState}, the one fold of the route, so the row shows the deliberation in force with
 * its corrected counts; an annulled or retracted deliberation has none. Not thread-safe: one per export.
 */
final class ScdlRows {

    /** A party whose deliberation is in the export but which has no valid SIRET. */
    record PartyWithoutSiret(String partyId, String name) {
    }

    /** The rows, or the parties lacking a SIRET (then no row may be published: the file would be invalid). */
    record Export(List<ScdlDeliberation> rows, List<PartyWithoutSiret> partiesWithoutSiret) {
    }

    private final String matiereCode;
    private final String matiereNom;
    private final Map<String, Commune> councils = new HashMap<>();
    private final Map<String, String> sirets = new HashMap<>();
    private final Map<String, CommuneRouteState> routes = new LinkedHashMap<>();
    /** The subject codes of each council's latest transmission (a typed one has none). */
    private final Map<String, List<String>> subjects = new HashMap<>();
    private String object = "";

    ScdlRows(String matiereCode, String matiereNom) {
        this.matiereCode = matiereCode;
        this.matiereNom = matiereNom;
    }

    void accept(Object event) {
        if (event instanceof ConventionDefined defined) {
            defined.perimeters().forEach(p -> p.communes().forEach(c -> councils.put(c.inseeCode(), c)));
            if (defined.parties().epci() != null) {
                Commune epci = defined.parties().epci().asCouncil();
                councils.put(epci.inseeCode(), epci);
            }
            sirets.putAll(defined.parties().sirets());
            object = "Approbation de la " + defined.name() + " conclue avec la " + defined.caf() + " pour "
                    + defined.period().startYear() + "-" + defined.period().endYear();
        } else if (event instanceof PartySiretRecorded recorded) {
            sirets.put(recorded.partyId(), recorded.siret()); // a later SIRET replaces the earlier one
        } else if (event instanceof CommuneRouteEvent route) {
            if (route instanceof PrefectureTransmissionRecorded transmission) {
                subjects.put(transmission.communeInseeCode(), transmission.subjectCodes());
            }
            routes.compute(route.communeInseeCode(),
                    (key, state) -> (state == null ? CommuneRouteState.START : state).apply(route));
        }
    }

    Export export() {
        List<ScdlDeliberation> rows = new ArrayList<>();
        List<PartyWithoutSiret> withoutSiret = new ArrayList<>();
        routes.forEach((key, route) -> {
            if (!route.adopted()) {
                return; // never adopted, rejected, or its deliberation annulled or retracted
            }
            Commune council = councils.get(key);
            String siret = siret(council);
            if (siret == null) {
                withoutSiret.add(new PartyWithoutSiret(key, council.name()));
            }
            rows.add(row(council, siret, route));
        });
        rows.sort(Comparator.comparing(ScdlDeliberation::delibDate).thenComparing(ScdlDeliberation::collNom));
        return new Export(withoutSiret.isEmpty() ? rows : List.of(), withoutSiret);
    }

    private ScdlDeliberation row(Commune council, String siret, CommuneRouteState route) {
        boolean received = route.transmissionReceivedOn() != null && route.actesId() != null;
        // The receipt's subject codes when it had some; else the deployment's setting (docs/auditors.md).
        ActesClassification.Subject subject = ActesClassification.of(subjects.get(council.inseeCode()))
                .orElse(new ActesClassification.Subject(matiereCode, matiereNom));
        return new ScdlDeliberation(council.name(), siret, route.deliberationNumber(), route.votedOn().toString(),
                subject.code(), subject.name(), object,
                // ACTES ids start with the department on 3 characters: the prefecture's PREF_ID.
                received ? "PREF" + route.actesId().substring(0, 3) : null,
                received ? route.transmissionReceivedOn().toString() : null,
                route.attendance() == null ? null : ScdlVote.of(route.attendance(), route.votes()),
                route.publicationMode() == PublicationMode.ELECTRONIC ? route.publicationUrl() : null);
    }

    /** The party's SIRET when valid and its own (starting with its SIREN); never one made up from the SIREN. */
    private String siret(Commune council) {
        String siret = sirets.get(council.inseeCode());
        return Siret.isValid(siret) && Siret.sirenOf(siret).equals(council.siren()) ? siret : null;
    }
}
