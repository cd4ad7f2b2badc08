package fr.ctg.query.processing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every view is keyed by convention, so all events of one convention must be handled in order by one segment,
 * whatever aggregate emitted them: the sequence is the payload's {@code conventionId}.
 */
final class ConventionSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    static final ConventionSequencingPolicy INSTANCE = new ConventionSequencingPolicy();

    private final Map<Class<?>, Optional<Method>> accessors = new ConcurrentHashMap<>();

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        Optional<Method> accessor = accessors.computeIfAbsent(event.getPayloadType(), ConventionSequencingPolicy::find);
        if (accessor.isPresent()) {
            try {
                return accessor.get().invoke(payload);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read conventionId of " + event.getPayloadType(), e);
            }
        }
        return SequentialPerAggregatePolicy.instance().getSequenceIdentifierFor(event);
    }

    private static Optional<Method> find(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getName().equals("conventionId"))
                .map(RecordComponent::getAccessor)
                .findFirst();
    }
}
