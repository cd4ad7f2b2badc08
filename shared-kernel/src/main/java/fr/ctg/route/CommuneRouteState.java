package fr.ctg.route;

import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Where one council (a commune's, or the EPCI's) stands on its institutional route, folded from its route events:
 * the one function that says its {@link #stage()} and what it still {@link #missing() lacks} before signature. The
 * aggregate's rules read its facts, the projections set the stage that {@link #stageAfter} gives and rebuild its
 * {@link RouteProgress}: a new rule of the route is added here, once.
 * <p>
 * It assumes the history obeys the aggregate's rules (it is that history's fold, not their check). Immutable: each
 * event yields the next value. The facts describe the current deliberation: an annulment or a retraction clears them
 * (the history keeps them), except {@code votedOn}, which a new presentation may not predate.
 *
 * @param quorumLackingOn the latest meeting since the presentation that lacked its quorum, or null
 * @param votes           the latest vote's counts, as corrected
 * @param attendance      the latest vote's attendance, as corrected; null for votes recorded before it was
 * @param publicationMode null when not published, or published before the mode was recorded
 * @param legality        the prefect's control, from the receipt of the transmission on; null before
 * @param ending          how the last adopted deliberation ended, when the council needs a new one
 */
public record CommuneRouteState(
        CommuneStage stage,
        LocalDate presentedOn,
        LocalDate quorumLackingOn,
        LocalDate votedOn,
        VoteOutcome outcome,
        VoteCount votes,
        Attendance attendance,
        String deliberationNumber,
        String actesId,
        LocalDate transmissionReceivedOn,
        LocalDate publishedOn,
        PublicationMode publicationMode,
        String publicationUrl,
        LocalDate executoryOn,
        LegalityControl legality,
        DeliberationEnding ending,
        LocalDate endedOn,
        LocalDate withdrawnOn) {

    /** A commune of a convention just defined: nothing of its route has happened yet. */
    public static final CommuneRouteState START = new CommuneRouteState(CommuneStage.NOT_PRESENTED, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The route after {@code events}, one council's, in the order they happened. */
    public static CommuneRouteState of(List<? extends CommuneRouteEvent> events) {
        CommuneRouteState state = START;
        for (CommuneRouteEvent event : events) {
            state = state.apply(event);
        }
        return state;
    }

    /**
     * The stage an event moves a council to, or empty for an event that leaves the stage as it was. It depends on the
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
        if (event instanceof DeliberationAnnulled) {
            return Optional.of(CommuneStage.ANNULLED);
        }
        if (event instanceof DeliberationRetracted) {
            return Optional.of(CommuneStage.RETRACTED);
        }
        if (event instanceof CommuneWithdrawn) {
            return Optional.of(CommuneStage.WITHDRAWN);
        }
        return Optional.empty();
    }

    /** The route once {@code event} has happened. */
    public CommuneRouteState apply(CommuneRouteEvent event) {
        Next next = new Next(this);
        stageAfter(event).ifPresent(stage -> next.stage = stage);
        if (event instanceof PresentedToMunicipalCouncil presented) {
            next.presentedOn = presented.sessionDate();
            next.quorumLackingOn = null;
        } else if (event instanceof QuorumNotReached lacking) {
            next.quorumLackingOn = lacking.meetingDate();
        } else if (event instanceof CouncilVoteRecorded vote) {
            next.votedOn = vote.sessionDate();
            next.outcome = vote.outcome();
            next.votes = vote.votes();
            next.attendance = vote.attendance();
            next.deliberationNumber = vote.deliberationNumber();
            next.actesId = vote.actesId();
        } else if (event instanceof CouncilVoteCorrected correction) {
            // A correction changes the counts, never the outcome (a different outcome is a new deliberation).
            next.votes = correction.votes();
            next.attendance = correction.attendance() == null ? attendance : correction.attendance();
        } else if (event instanceof PrefectureTransmissionRecorded transmission) {
            next.actesId = transmission.actesId() == null ? actesId : transmission.actesId();
            next.transmissionReceivedOn = transmission.receivedOn();
            next.legality = LegalityControl.receivedOn(transmission.receivedOn());
        } else if (event instanceof DeliberationPublished publication) {
            next.publishedOn = publication.publishedOn();
            next.publicationMode = publication.mode();
            next.publicationUrl = publication.url();
        } else if (event instanceof DeliberationBecameExecutory executory) {
            next.executoryOn = executory.executoryOn();
        } else if (event instanceof PrefectLetterReceived letter) {
            next.legality = legality.letter(letter.kind(), letter.receivedOn());
        } else if (event instanceof PrefectLetterAnswered answer) {
            next.legality = legality.answered(answer.answeredOn());
        } else if (event instanceof DeliberationReferredToCourt referral) {
            next.legality = legality.referred(referral.referredOn());
        } else if (event instanceof DeliberationAnnulled annulled) {
            next.end(DeliberationEnding.ANNULLED, annulled.annulledOn());
        } else if (event instanceof DeliberationRetracted retracted) {
            next.end(DeliberationEnding.RETRACTED, retracted.retractedOn());
        } else if (event instanceof CommuneWithdrawn withdrawal) {
            next.withdrawnOn = withdrawal.withdrawnOn();
        } else {
            throw new IllegalArgumentException("Not a route event this fold knows: " + event);
        }
        return next.build();
    }

    public RouteProgress progress() {
        return new RouteProgress(stage, transmissionReceivedOn != null, publishedOn != null);
    }

    /** See {@link RouteProgress#missing()}. */
    public List<RouteStep> missing() {
        return progress().missing();
    }

    /** The current deliberation adopted the convention (whatever happened after: transmission, publication...). */
    public boolean adopted() {
        return outcome == VoteOutcome.ADOPTED;
    }

    public boolean withdrawn() {
        return stage == CommuneStage.WITHDRAWN;
    }

    public boolean executory() {
        return stage == CommuneStage.EXECUTORY;
    }

    /** The last day of the prefect's control window, or null (not transmitted, suspended, or referred). */
    public LocalDate controlWindowEndsOn() {
        return legality == null ? null : legality.windowEndsOn();
    }

    /** The value being built from the previous one: each event changes a few facts and keeps the others. */
    private static final class Next {
        private CommuneStage stage;
        private LocalDate presentedOn;
        private LocalDate quorumLackingOn;
        private LocalDate votedOn;
        private VoteOutcome outcome;
        private VoteCount votes;
        private Attendance attendance;
        private String deliberationNumber;
        private String actesId;
        private LocalDate transmissionReceivedOn;
        private LocalDate publishedOn;
        private PublicationMode publicationMode;
        private String publicationUrl;
        private LocalDate executoryOn;
        private LegalityControl legality;
        private DeliberationEnding ending;
        private LocalDate endedOn;
        private LocalDate withdrawnOn;

        Next(CommuneRouteState from) {
            stage = from.stage;
            presentedOn = from.presentedOn;
            quorumLackingOn = from.quorumLackingOn;
            votedOn = from.votedOn;
            outcome = from.outcome;
            votes = from.votes;
            attendance = from.attendance;
            deliberationNumber = from.deliberationNumber;
            actesId = from.actesId;
            transmissionReceivedOn = from.transmissionReceivedOn;
            publishedOn = from.publishedOn;
            publicationMode = from.publicationMode;
            publicationUrl = from.publicationUrl;
            executoryOn = from.executoryOn;
            legality = from.legality;
            ending = from.ending;
            endedOn = from.endedOn;
            withdrawnOn = from.withdrawnOn;
        }

        /** The deliberation is gone: only the day of its vote stays, which a new presentation may not predate. */
        void end(DeliberationEnding how, LocalDate on) {
            presentedOn = null;
            quorumLackingOn = null;
            outcome = null;
            votes = null;
            attendance = null;
            deliberationNumber = null;
            actesId = null;
            transmissionReceivedOn = null;
            publishedOn = null;
            publicationMode = null;
            publicationUrl = null;
            executoryOn = null;
            legality = null;
            ending = how;
            endedOn = on;
        }

        CommuneRouteState build() {
            return new CommuneRouteState(stage, presentedOn, quorumLackingOn, votedOn, outcome, votes, attendance,
                    deliberationNumber, actesId, transmissionReceivedOn, publishedOn, publicationMode, publicationUrl,
                    executoryOn, legality, ending, endedOn, withdrawnOn);
        }
    }
}
