package fr.ctg.amendment;

import fr.ctg.route.CommuneRouteEvent;

/**
 * A step of one council's route on an amendment. It carries the convention's own route event as {@link #step()}, so
 * that the one fold of a route ({@link fr.ctg.route.CommuneRouteState}) folds an amendment's route too, while the
 * convention's own route (which folds {@link CommuneRouteEvent}s) never sees it. See ADR 0011.
 */
public sealed interface AmendmentRouteEvent
        permits AmendmentPresented, AmendmentQuorumNotReached, AmendmentVoteRecorded, AmendmentTransmissionRecorded,
        AmendmentPublished, AmendmentBecameExecutory, AmendmentPrefectLetterReceived, AmendmentPrefectLetterAnswered,
        AmendmentReferredToCourt, AmendmentDeliberationAnnulled, AmendmentDeliberationRetracted {

    String conventionId();

    int amendmentNumber();

    CommuneRouteEvent step();
}
