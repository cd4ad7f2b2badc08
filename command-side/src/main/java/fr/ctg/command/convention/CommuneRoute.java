package fr.ctg.command.convention;

import fr.ctg.convention.Commune;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;

/** Where one commune stands on the institutional route. Immutable: each event yields the next value. */
record CommuneRoute(
        Commune commune,
        String perimeterCode,
        LocalDate presentedOn,
        LocalDate votedOn,
        VoteOutcome outcome,
        String deliberationNumber,
        String actesId,
        LocalDate transmissionReceivedOn,
        LocalDate publishedOn,
        LocalDate executoryOn,
        boolean withdrawn) {

    static CommuneRoute start(Commune commune, String perimeterCode) {
        return new CommuneRoute(commune, perimeterCode, null, null, null, null, null, null, null, null, false);
    }

    boolean adopted() {
        return outcome == VoteOutcome.ADOPTED;
    }

    boolean executory() {
        return executoryOn != null;
    }

    CommuneRoute presented(LocalDate on) {
        return new CommuneRoute(commune, perimeterCode, on, votedOn, outcome, deliberationNumber, actesId,
                transmissionReceivedOn, publishedOn, executoryOn, withdrawn);
    }

    CommuneRoute voted(LocalDate on, VoteOutcome result, String number, String actes) {
        return new CommuneRoute(commune, perimeterCode, presentedOn, on, result, number, actes,
                transmissionReceivedOn, publishedOn, executoryOn, withdrawn);
    }

    CommuneRoute transmitted(LocalDate receivedOn, String actes) {
        return new CommuneRoute(commune, perimeterCode, presentedOn, votedOn, outcome, deliberationNumber, actes,
                receivedOn, publishedOn, executoryOn, withdrawn);
    }

    CommuneRoute published(LocalDate on) {
        return new CommuneRoute(commune, perimeterCode, presentedOn, votedOn, outcome, deliberationNumber, actesId,
                transmissionReceivedOn, on, executoryOn, withdrawn);
    }

    CommuneRoute becameExecutory(LocalDate on) {
        return new CommuneRoute(commune, perimeterCode, presentedOn, votedOn, outcome, deliberationNumber, actesId,
                transmissionReceivedOn, publishedOn, on, withdrawn);
    }

    CommuneRoute withdraw() {
        return new CommuneRoute(commune, perimeterCode, presentedOn, votedOn, outcome, deliberationNumber, actesId,
                transmissionReceivedOn, publishedOn, executoryOn, true);
    }
}
