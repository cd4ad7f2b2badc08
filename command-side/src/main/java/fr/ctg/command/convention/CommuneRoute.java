package fr.ctg.command.convention;

import fr.ctg.convention.Commune;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;

/**
 * One commune of the convention and where it stands on the route. Where it stands is the shared-kernel's
 * {@link CommuneRouteState}, the fold the views use too; the accessors below only spare the rules a hop.
 */
record CommuneRoute(Commune commune, String perimeterCode, CommuneRouteState state) {

    static CommuneRoute start(Commune commune, String perimeterCode) {
        return new CommuneRoute(commune, perimeterCode, CommuneRouteState.START);
    }

    CommuneRoute apply(CommuneRouteEvent event) {
        return new CommuneRoute(commune, perimeterCode, state.apply(event));
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
}
