package fr.ctg.query.plan;

import fr.ctg.amendment.Amendment;
import fr.ctg.amendment.AmendmentState;
import fr.ctg.amendment.PlanDiff;
import fr.ctg.amendment.PlanHistory;
import fr.ctg.amendment.PlanVersion;
import fr.ctg.amendment.VersionInForce;
import fr.ctg.amendment.query.AmendmentPartyView;
import fr.ctg.amendment.query.AmendmentSummary;
import fr.ctg.amendment.query.AmendmentView;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionList;
import fr.ctg.amendment.query.PlanVersionSummary;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.PartyReadiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The plan's views, each read off the shared fold of the convention's plan events. */
final class PlanViews {

    private PlanViews() {
    }

    static PlanInForceView inForce(PlanHistory history, LocalDate on) {
        Integer pending = history.amendments().values().stream()
                .filter(a -> !a.openedOn().isAfter(on) && (a.state().pending()
                        || (a.inForceOn() != null && a.inForceOn().isAfter(on))
                        || (a.closedOn() != null && a.closedOn().isAfter(on))))
                .map(Amendment::number).findFirst().orElse(null);
        Optional<VersionInForce> version = history.inForceOn(on);
        if (version.isEmpty()) {
            return new PlanInForceView(history.conventionId(), on, false, 1, null, 0, pending, history.firstVersion());
        }
        VersionInForce v = version.get();
        return new PlanInForceView(history.conventionId(), on, true, v.plan().version(), v.inForceFrom(),
                v.amendmentNumber(), pending, v.plan());
    }

    static PlanVersionList versions(PlanHistory history) {
        List<PlanVersionSummary> versions = new ArrayList<>();
        List<VersionInForce> inForce = history.versionsInForce();
        if (inForce.isEmpty()) {
            versions.add(new PlanVersionSummary(1, 0, "DRAFT", null, history.firstVersion().actions().size()));
        }
        for (int i = 0; i < inForce.size(); i++) {
            VersionInForce v = inForce.get(i);
            versions.add(new PlanVersionSummary(v.plan().version(), v.amendmentNumber(),
                    i == inForce.size() - 1 ? "IN_FORCE" : "SUPERSEDED", v.inForceFrom(), v.plan().actions().size()));
        }
        history.pending().ifPresent(a -> versions.add(new PlanVersionSummary(a.version(), a.number(), "PENDING", null,
                history.planOf(a).actions().size())));
        List<AmendmentSummary> amendments = history.amendments().values().stream()
                .sorted(Comparator.comparingInt(Amendment::number))
                .map(a -> new AmendmentSummary(a.number(), a.version(), a.title(), a.state(), a.inForceOn())).toList();
        return new PlanVersionList(history.conventionId(), List.copyOf(versions), amendments);
    }

    /** Null when either version is unknown. */
    static PlanDiff diff(PlanHistory history, int from, int to) {
        Optional<PlanVersion> a = history.version(from);
        Optional<PlanVersion> b = history.version(to);
        return a.isPresent() && b.isPresent() ? PlanDiff.between(a.get(), b.get()) : null;
    }

    /** Null for an unknown amendment. */
    static AmendmentView amendment(PlanHistory history, int number) {
        Amendment amendment = history.amendment(number).orElse(null);
        if (amendment == null) {
            return null;
        }
        List<AmendmentPartyView> parties = amendment.partiesConcerned().stream().map(id -> {
            PlanHistory.PartyRef party = history.parties().get(id);
            CommuneRouteState route = amendment.routes().get(id);
            var signature = amendment.signatures().get(id);
            return new AmendmentPartyView(id, party.kind(), party.name(), route == null ? null : route.stage(),
                    route == null ? null : route.actesId(),
                    PartyReadiness.beforeSigning(party.kind(), route == null ? null : route.progress(),
                            amendment.state() != AmendmentState.DRAFT),
                    signature == null ? null : signature.signedOn());
        }).toList();
        PlanDiff diff = amendment.state() == AmendmentState.IN_FORCE || amendment.state().pending()
                ? diff(history, amendment.version() - 1, amendment.version()) : null;
        return new AmendmentView(history.conventionId(), amendment, parties, diff);
    }
}
