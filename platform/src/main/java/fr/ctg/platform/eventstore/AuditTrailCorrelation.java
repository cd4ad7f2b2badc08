package fr.ctg.platform.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies who asked and the request's ids from a command onto every event it causes, and names the command as the
 * event's cause, so that the event store alone answers "who changed what, when, and through which request".
 */
class AuditTrailCorrelation implements CorrelationDataProvider {

    static final List<String> CARRIED = List.of("principal", "requestId", "correlationId");

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        if (!(message instanceof CommandMessage<?>)) {
            // Only commands cause messages here: an event a projection handles causes none. Axon asks every unit of
            // work for its correlation data, and reading each event's metadata for it was about half of a
            // processor's work in a national profile.
            return Map.of();
        }
        Map<String, Object> data = new HashMap<>();
        CARRIED.forEach(key -> {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        });
        data.putIfAbsent("correlationId", message.getIdentifier());
        data.put("causationId", message.getIdentifier());
        return data;
    }
}
