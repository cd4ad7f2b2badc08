package fr.ctg.route;

/**
 * An event of one council's institutional route: what {@link CommuneRouteState} folds. Sealed, so that a new route
 * event is added here and to the fold, and nowhere else.
 * <p>
 * {@link #communeInseeCode()} is the deliberating council's key: a commune's INSEE code (five characters), or the
 * EPCI's SIREN (nine digits) for the intercommunal council, whose route is the same.
 */
public sealed interface CommuneRouteEvent
        permits PresentedToMunicipalCouncil, QuorumNotReached, CouncilVoteRecorded, CouncilVoteCorrected,
        PrefectureTransmissionRecorded, DeliberationPublished, DeliberationBecameExecutory, PrefectLetterReceived,
        PrefectLetterAnswered, DeliberationReferredToCourt, DeliberationAnnulled, DeliberationRetracted,
        CommuneWithdrawn {

    String conventionId();

    String communeInseeCode();
}
