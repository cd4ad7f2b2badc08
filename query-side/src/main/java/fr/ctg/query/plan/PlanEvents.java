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
import fr.ctg.convention.ConventionDefined;
import fr.ctg.route.ConventionSigned;

import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The events {@link fr.ctg.amendment.PlanHistory} folds, stored by simple name (the name is the row's type). */
final class PlanEvents {

    static final List<Class<?>> TYPES = List.of(ConventionDefined.class, ActionAdded.class, ConventionSigned.class,
            AmendmentRequested.class, AmendmentOpened.class, AmendmentChangeAdded.class, AmendmentSubmitted.class,
            AmendmentClosed.class, AmendmentPresented.class, AmendmentVoteRecorded.class,
            AmendmentTransmissionRecorded.class, AmendmentPublished.class, AmendmentBecameExecutory.class,
            AmendmentPartySigned.class, AmendmentInForce.class);
    private static final Map<String, Class<?>> BY_NAME = TYPES.stream()
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private PlanEvents() {
    }

    /** Null for an event the plan does not fold. */
    static String typeOf(Object event) {
        return TYPES.contains(event.getClass()) ? event.getClass().getSimpleName() : null;
    }

    /** Every one of these records starts with its convention's id. */
    static String conventionId(Object event) {
        RecordComponent first = event.getClass().getRecordComponents()[0];
        try {
            return (String) first.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object read(ObjectMapper json, String type, String payload) {
        try {
            return json.readValue(payload, BY_NAME.get(type));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
