package fr.ctg.command.convention;

import fr.ctg.convention.Commune;
import fr.ctg.convention.PartyKind;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneStage;

import java.time.LocalDate;

/**
 * One deliberating party of the convention (a commune, or the EPCI whose council follows the same route) and where
 * it stands. Where it stands is the shared-kernel's {@link CommuneRouteState}, the fold the views use too; the
 * accessors below only spare the rules a hop.
 *
 * @param council       the commune, or the EPCI as a council ({@link fr.ctg.convention.Epci#asCouncil()})
 * @param perimeterCode null for the EPCI
 */
record CommuneRoute(Commune council, PartyKind kind, String perimeterCode, CommuneRouteState state) {

    static CommuneRoute start(Commune commune, String perimeterCode) {
        return new CommuneRoute(commune, PartyKind.COMMUNE, perimeterCode, CommuneRouteState.START);
    }

    static CommuneRoute startEpci(Commune council) {
        return new CommuneRoute(council, PartyKind.EPCI, null, CommuneRouteState.START);
    }

    CommuneRoute apply(CommuneRouteEvent event) {
        return new CommuneRoute(council, kind, perimeterCode, state.apply(event));
    }

    /** The key of its route events: the INSEE code of a commune, the SIREN of the EPCI. */
    String key() {
        return council.inseeCode();
    }

    String name() {
        return council.name();
    }

    boolean isCommune() {
        return kind == PartyKind.COMMUNE;
    }

    CommuneStage stage() {
        return state.stage();
    }

    LocalDate presentedOn() {
        return state.presentedOn();
    }

    LocalDate votedOn() {
        return state.votedOn();
    }

    VoteOutcome outcome() {
        return state.outcome();
    }

    String deliberationNumber() {
        return state.deliberationNumber();
    }

    String actesId() {
        return state.actesId();
    }

    LocalDate transmissionReceivedOn() {
        return state.transmissionReceivedOn();
    }

    LocalDate publishedOn() {
        return state.publishedOn();
    }

    LocalDate executoryOn() {
        return state.executoryOn();
    }

    boolean adopted() {
        return state.adopted();
    }

    boolean withdrawn() {
        return state.withdrawn();
    }

    /**
     * Its adopted deliberation was annulled or retracted and no new one is executory yet: it may deliberate again
     * even after the signature, from its new presentation to its new deliberation's executory day.
     */
    boolean deliberationEnded() {
        return state.ending() != null && stage() != CommuneStage.EXECUTORY;
    }
}
