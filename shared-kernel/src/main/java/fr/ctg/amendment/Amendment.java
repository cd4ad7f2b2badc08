package fr.ctg.amendment;

import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.GivenSignature;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One amendment as its events made it. Immutable: each event gives the next value.
 *
 * @param routes     the route on this amendment of each council concerned (a commune's, the EPCI's), by party id
 * @param signatures the signatures given, by party id
 */
public record Amendment(int number, int version, String title, String reason, String requestedByMeetingId,
                        List<String> partiesConcerned, LocalDate openedOn, AmendmentState state,
                        LocalDate submittedOn, LocalDate closedOn, String closedReason, LocalDate inForceOn,
                        List<PlanChange> changes, Map<String, CommuneRouteState> routes,
                        Map<String, GivenSignature> signatures) {

    static Amendment opened(AmendmentOpened event, List<String> councils) {
        Map<String, CommuneRouteState> routes = new LinkedHashMap<>();
        event.partiesConcerned().stream().filter(councils::contains)
                .forEach(party -> routes.put(party, CommuneRouteState.START));
        return new Amendment(event.amendmentNumber(), event.version(), event.title(), event.reason(),
                event.requestedByMeetingId(), List.copyOf(event.partiesConcerned()), event.openedOn(),
                AmendmentState.DRAFT, null, null, null, null, List.of(), Map.copyOf(routes), Map.of());
    }

    Amendment with(PlanChange change) {
        List<PlanChange> more = new ArrayList<>(changes);
        more.add(change);
        List<String> parties = partiesConcerned;
        Map<String, CommuneRouteState> nextRoutes = routes;
        if (change.kind() == PlanChangeKind.ADD_COMMUNE && !parties.contains(change.communeInseeCode())) {
            // A joining commune deliberates on the amendment that makes it a member, and signs it.
            parties = new ArrayList<>(parties);
            parties.add(change.communeInseeCode());
            nextRoutes = new LinkedHashMap<>(routes);
            nextRoutes.put(change.communeInseeCode(), CommuneRouteState.START);
        }
        return new Amendment(number, version, title, reason, requestedByMeetingId, List.copyOf(parties), openedOn,
                state, submittedOn, closedOn, closedReason, inForceOn, List.copyOf(more), Map.copyOf(nextRoutes),
                signatures);
    }

    Amendment submitted(LocalDate on) {
        return new Amendment(number, version, title, reason, requestedByMeetingId, partiesConcerned, openedOn,
                AmendmentState.SUBMITTED, on, closedOn, closedReason, inForceOn, changes, routes, signatures);
    }

    Amendment closed(AmendmentState outcome, LocalDate on, String why) {
        return new Amendment(number, version, title, reason, requestedByMeetingId, partiesConcerned, openedOn,
                outcome, submittedOn, on, why, inForceOn, changes, routes, signatures);
    }

    Amendment inForce(LocalDate on) {
        return new Amendment(number, version, title, reason, requestedByMeetingId, partiesConcerned, openedOn,
                AmendmentState.IN_FORCE, submittedOn, closedOn, closedReason, on, changes, routes, signatures);
    }

    Amendment route(AmendmentRouteEvent event) {
        Map<String, CommuneRouteState> next = new LinkedHashMap<>(routes);
        next.computeIfPresent(event.step().communeInseeCode(), (key, state) -> state.apply(event.step()));
        return new Amendment(number, version, title, reason, requestedByMeetingId, partiesConcerned, openedOn, state,
                submittedOn, closedOn, closedReason, inForceOn, changes, Map.copyOf(next), signatures);
    }

    Amendment signed(GivenSignature signature) {
        Map<String, GivenSignature> next = new LinkedHashMap<>(signatures);
        next.put(signature.partyId(), signature);
        return new Amendment(number, version, title, reason, requestedByMeetingId, partiesConcerned, openedOn, state,
                submittedOn, closedOn, closedReason, inForceOn, changes, routes, Map.copyOf(next));
    }
}
