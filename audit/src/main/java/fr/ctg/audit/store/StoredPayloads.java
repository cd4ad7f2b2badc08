package fr.ctg.audit.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.platform.eventstore.upcasting.EventUpcasts;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;

import java.io.UncheckedIOException;

/**
 * A stored payload as Axon's processors read it, for the auditors' readers that deserialize rows themselves: upcast
 * to the latest revision of its type ({@link EventUpcasts}). The stored row, which the hash chain covers, is unchanged.
 */
public final class StoredPayloads {

    private static final ObjectMapper JSON = EventJson.mapper();

    private StoredPayloads() {
    }

    public static SerializedObject<String> latest(String type, String revision, String payload) {
        if (!EventUpcasts.changes(type, revision)) {
            // Read as stored: no JSON round trip for the events of the latest revision, the replay's hot path.
            return new SimpleSerializedObject<>(payload, String.class, type, revision);
        }
        try {
            JsonNode tree = JSON.readTree(payload);
            if (!(tree instanceof ObjectNode object)) {
                return new SimpleSerializedObject<>(payload, String.class, type, revision);
            }
            EventUpcasts.Upcast upcast = EventUpcasts.toLatest(type, revision, object);
            return new SimpleSerializedObject<>(JSON.writeValueAsString(upcast.payload()), String.class, type,
                    upcast.revision());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload of {@code event} as an instance of its latest revision. */
    public static <T> T read(StoredEvent event, Class<T> type) {
        try {
            return JSON.readValue(latest(event.payloadType(), event.payloadRevision(), event.payload()).getData(), type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
