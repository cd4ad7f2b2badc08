package fr.ctg.command.convention;

import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.RecordPublication;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The two steps that make an adopted deliberation executory (CGCT L2131-1): its transmission to the prefecture and its
 * publication, in either order; it is executory on the later of the receipt's day and the publication's. For the
 * convention's councils and for a council's route on an amendment alike (which wraps the events it answers).
 */
final class ExecutoryRules {

    private ExecutoryRules() {
    }

    /** A step's event, and the deliberation's becoming executory when the other step was already recorded (or null). */
    record Step<E>(E event, DeliberationBecameExecutory executory) {
    }

    /**
     * The transmission of an adopted deliberation not transmitted yet, under {@code actesId} (checked against the
     * council and the vote by the caller, then by {@code actesIdNotUsed}, which refuses an id another deliberation has).
     */
    static Step<PrefectureTransmissionRecorded> transmission(String conventionId, CommuneRoute route, LocalDate sentOn,
                                                             LocalDate receivedOn, String actesId,
                                                             List<String> subjectCodes, RouteDates dates,
                                                             Consumer<String> actesIdNotUsed) {
        dates.check("sentOn", sentOn);
        dates.check("receivedOn", receivedOn);
        RuleViolation.check(!sentOn.isBefore(route.votedOn()), "transmission-before-vote",
                "The deliberation cannot be sent on " + sentOn + ", before the vote of " + route.votedOn() + ".");
        RuleViolation.check(!receivedOn.isBefore(sentOn), "transmission-received-before-sent",
                "The prefecture cannot receive the deliberation before it was sent.");
        RuleViolation.check(route.actesId() == null || route.actesId().equals(actesId), "actes-id-differs-from-vote",
                "The vote recorded ACTES identifier " + route.actesId() + "; the transmission names " + actesId + ".");
        actesIdNotUsed.accept(actesId);
        return new Step<>(new PrefectureTransmissionRecorded(conventionId, route.key(), sentOn, receivedOn, actesId,
                subjectCodes), route.publishedOn() == null ? null
                : new DeliberationBecameExecutory(conventionId, route.key(), later(route.publishedOn(), receivedOn)));
    }

    /** The publication of an adopted deliberation not published yet, in the mode {@link PublicationRules} allows. */
    static Step<DeliberationPublished> publication(String conventionId, CommuneRoute route, RecordPublication command,
                                                   RouteDates dates) {
        dates.check("publishedOn", command.publishedOn());
        RuleViolation.check(!command.publishedOn().isBefore(route.votedOn()), "publication-before-vote",
                "The deliberation cannot be published on " + command.publishedOn() + ", before the vote of "
                        + route.votedOn() + ".");
        PublicationMode mode = PublicationRules.mode(route, command.mode(), command.url());
        return new Step<>(new DeliberationPublished(conventionId, route.key(), command.publishedOn(), mode,
                mode == PublicationMode.ELECTRONIC ? command.url() : null), route.transmissionReceivedOn() == null ? null
                : new DeliberationBecameExecutory(conventionId, route.key(),
                        later(route.transmissionReceivedOn(), command.publishedOn())));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
