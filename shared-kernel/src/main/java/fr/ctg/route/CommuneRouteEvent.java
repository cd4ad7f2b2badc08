package fr.ctg.route;

/**
 * An event of one commune's institutional route: what {@link CommuneRouteState} folds. Sealed, so that a new route
 * event is added here and to the fold, and nowhere else.
 */
public sealed interface CommuneRouteEvent
        permits PresentedToMunicipalCouncil, CouncilVoteRecorded, CouncilVoteCorrected, PrefectureTransmissionRecorded,
        DeliberationPublished, DeliberationBecameExecutory, CommuneWithdrawn {

    String conventionId();

    String communeInseeCode();
}
