package fr.ctg.query.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.committee.AmendmentRequested;
import fr.ctg.amendment.AmendmentBecameExecutory;
import fr.ctg.amendment.AmendmentChangeAdded;
import fr.ctg.amendment.AmendmentClosed;
import fr.ctg.amendment.AmendmentInForce;
import fr.ctg.amendment.AmendmentOpened;
import fr.ctg.amendment.AmendmentPartySigned;
import fr.ctg.amendment.AmendmentPresented;
import fr.ctg.amendment.AmendmentPublished;
import fr.ctg.amendment.AmendmentSubmitted;
import fr.ctg.amendment.AmendmentTransmissionRecorded;
import fr.ctg.amendment.AmendmentVoteRecorded;
import fr.ctg.amendment.AmendmentDeliberationAnnulled;
import fr.ctg.amendment.AmendmentDeliberationRetracted;
import fr.ctg.amendment.AmendmentPrefectLetterAnswered;
import fr.ctg.amendment.AmendmentPrefectLetterReceived;
import fr.ctg.amendment.AmendmentQuorumNotReached;
import fr.ctg.amendment.AmendmentReferredToCourt;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events {@link fr.ctg.amendment.PlanHistory} folds, stored by simple name (the name is the row's type), each with
 * the accessor of its convention's id. A row holds the event as it was written: when one of these events gets a new
 * revision, rebuild the plan view (docs/query-side.md) so that its rows are written again from the upcast store.
 */
final class PlanEvents {

    private record Type<E>(Class<E> type, Function<E, String> conventionId) {

        String conventionIdOf(Object event) {
            return conventionId.apply(type.cast(event));
        }
    }

    private static final List<Type<?>> TYPES = List.of(
            new Type<>(ConventionDefined.class, ConventionDefined::conventionId),
            new Type<>(ActionAdded.class, ActionAdded::conventionId),
            new Type<>(CommuneWithdrawn.class, CommuneWithdrawn::conventionId),
            new Type<>(ConventionSigned.class, ConventionSigned::conventionId),
            new Type<>(AmendmentRequested.class, AmendmentRequested::conventionId),
            new Type<>(AmendmentOpened.class, AmendmentOpened::conventionId),
            new Type<>(AmendmentChangeAdded.class, AmendmentChangeAdded::conventionId),
            new Type<>(AmendmentSubmitted.class, AmendmentSubmitted::conventionId),
            new Type<>(AmendmentClosed.class, AmendmentClosed::conventionId),
            new Type<>(AmendmentPresented.class, AmendmentPresented::conventionId),
            new Type<>(AmendmentVoteRecorded.class, AmendmentVoteRecorded::conventionId),
            new Type<>(AmendmentTransmissionRecorded.class, AmendmentTransmissionRecorded::conventionId),
            new Type<>(AmendmentPublished.class, AmendmentPublished::conventionId),
            new Type<>(AmendmentBecameExecutory.class, AmendmentBecameExecutory::conventionId),
            new Type<>(AmendmentQuorumNotReached.class, AmendmentQuorumNotReached::conventionId),
            new Type<>(AmendmentPrefectLetterReceived.class, AmendmentPrefectLetterReceived::conventionId),
            new Type<>(AmendmentPrefectLetterAnswered.class, AmendmentPrefectLetterAnswered::conventionId),
            new Type<>(AmendmentReferredToCourt.class, AmendmentReferredToCourt::conventionId),
            new Type<>(AmendmentDeliberationAnnulled.class, AmendmentDeliberationAnnulled::conventionId),
            new Type<>(AmendmentDeliberationRetracted.class, AmendmentDeliberationRetracted::conventionId),
            new Type<>(AmendmentPartySigned.class, AmendmentPartySigned::conventionId),
            new Type<>(AmendmentInForce.class, AmendmentInForce::conventionId));
    private static final Map<String, Type<?>> BY_NAME = TYPES.stream()
            .collect(Collectors.toMap(type -> type.type().getSimpleName(), Function.identity()));

    private PlanEvents() {
    }

    /** Null for an event the plan does not fold. */
    static String typeOf(Object event) {
        Type<?> type = BY_NAME.get(event.getClass().getSimpleName());
        return type != null && type.type() == event.getClass() ? type.type().getSimpleName() : null;
    }

    /** The convention of an event {@link #typeOf} named. */
    static String conventionId(Object event) {
        return BY_NAME.get(event.getClass().getSimpleName()).conventionIdOf(event);
    }

    static Object read(ObjectMapper json, String type, String payload) {
        try {
            return json.readValue(payload, BY_NAME.get(type).type());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
