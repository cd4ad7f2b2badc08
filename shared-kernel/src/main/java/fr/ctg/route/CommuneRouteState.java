package fr.ctg.route;

import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where one commune stands on its institutional route, folded from its route events: the one function that says
 * its {@link #stage()} and what it still {@link #missing() lacks} before signature. The aggregate's rules read its
 * facts, the projections set the stage that {@link #stageAfter} gives and rebuild its {@link RouteProgress}: a new
 * rule of the route (quorum, publication modes, legality control, an EPCI party) is added here, once.
 * <p>
 * It assumes the history obeys the aggregate's rules (it is that history's fold, not their check). Immutable: each
 * event yields the next value.
 *
 * @param votes the latest vote's counts, as corrected
 */
public record CommuneRouteState(
        CommuneStage stage,
        LocalDate presentedOn,
        LocalDate votedOn,
        VoteOutcome outcome,
        VoteCount votes,
        String deliberationNumber,
        String actesId,
        LocalDate transmissionReceivedOn,
        LocalDate publishedOn,
        LocalDate executoryOn,
        LocalDate withdrawnOn) {

    /** A commune of a convention just defined: nothing of its route has happened yet. */
    public static final CommuneRouteState START = new CommuneRouteState(CommuneStage.NOT_PRESENTED, null, null, null,
            null, null, null, null, null, null, null);

    /** The route after {@code events}, one commune's, in the order they happened. */
    public static CommuneRouteState of(List<? extends CommuneRouteEvent> events) {
        CommuneRouteState state = START;
        for (CommuneRouteEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /**
     * The stage an event moves a commune to, or empty for an event that leaves the stage as it was. It depends on the
     * event alone, never on the stage before: that is what lets a projection set the stage in one guarded write
     * without reading the row first.
     */
    public static Optional<CommuneStage> stageAfter(CommuneRouteEvent event) {
        if (event instanceof PresentedToMunicipalCouncil) {
            return Optional.of(CommuneStage.PRESENTED);
        }
        if (event instanceof CouncilVoteRecorded vote) {
            return Optional.of(vote.outcome() == VoteOutcome.ADOPTED ? CommuneStage.ADOPTED : CommuneStage.REJECTED);
        }
        if (event instanceof DeliberationBecameExecutory) {
            return Optional.of(CommuneStage.EXECUTORY);
        }
        if (event instanceof CommuneWithdrawn) {
            return Optional.of(CommuneStage.WITHDRAWN);
        }
        return Optional.empty();
    }

    /** The route once {@code event} has happened. */
    public CommuneRouteState apply(CommuneRouteEvent event) {
        CommuneStage next = stageAfter(event).orElse(stage);
        if (event instanceof PresentedToMunicipalCouncil presented) {
            return new CommuneRouteState(next, presented.sessionDate(), votedOn, outcome, votes, deliberationNumber,
                    actesId, transmissionReceivedOn, publishedOn, executoryOn, withdrawnOn);
        }
        if (event instanceof CouncilVoteRecorded vote) {
            return new CommuneRouteState(next, presentedOn, vote.sessionDate(), vote.outcome(), vote.votes(),
                    vote.deliberationNumber(), vote.actesId(), transmissionReceivedOn, publishedOn, executoryOn,
                    withdrawnOn);
        }
        if (event instanceof CouncilVoteCorrected correction) {
            // A correction changes the counts, never the outcome (a different outcome is a new deliberation).
            return new CommuneRouteState(next, presentedOn, votedOn, outcome, correction.votes(), deliberationNumber,
                    actesId, transmissionReceivedOn, publishedOn, executoryOn, withdrawnOn);
        }
        if (event instanceof PrefectureTransmissionRecorded transmission) {
            return new CommuneRouteState(next, presentedOn, votedOn, outcome, votes, deliberationNumber,
                    transmission.actesId() == null ? actesId : transmission.actesId(), transmission.receivedOn(),
                    publishedOn, executoryOn, withdrawnOn);
        }
        if (event instanceof DeliberationPublished publication) {
            return new CommuneRouteState(next, presentedOn, votedOn, outcome, votes, deliberationNumber, actesId,
                    transmissionReceivedOn, publication.publishedOn(), executoryOn, withdrawnOn);
        }
        if (event instanceof DeliberationBecameExecutory executory) {
            return new CommuneRouteState(next, presentedOn, votedOn, outcome, votes, deliberationNumber, actesId,
                    transmissionReceivedOn, publishedOn, executory.executoryOn(), withdrawnOn);
        }
        if (event instanceof CommuneWithdrawn withdrawal) {
            return new CommuneRouteState(next, presentedOn, votedOn, outcome, votes, deliberationNumber, actesId,
                    transmissionReceivedOn, publishedOn, executoryOn, withdrawal.withdrawnOn());
        }
        throw new IllegalArgumentException("Not a route event this fold knows: " + event);
    }

    public RouteProgress progress() {
        return new RouteProgress(stage, transmissionReceivedOn != null, publishedOn != null);
    }

    /** See {@link RouteProgress#missing()}. */
    public List<RouteStep> missing() {
        return progress().missing();
    }

    /** The latest vote adopted the convention (whatever happened after: transmission, publication, withdrawal). */
    public boolean adopted() {
        return outcome == VoteOutcome.ADOPTED;
    }

    public boolean withdrawn() {
        return stage == CommuneStage.WITHDRAWN;
    }
}
