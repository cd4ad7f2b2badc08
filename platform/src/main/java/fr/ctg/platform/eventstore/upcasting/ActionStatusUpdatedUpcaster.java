package fr.ctg.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.ctg.actionplan.ActionStatusUpdated;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Revision 1 of {@link ActionStatusUpdated} had no {@code meetingId}: every such update was the coordinator's, so
 * it is read as revision 2 with a null meeting. The stored row is never changed (its hash covers it).
 */
@Component
@Order(0)
public class ActionStatusUpdatedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ActionStatusUpdated.class.getName(), "1");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_1);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(ActionStatusUpdated.class.getName(), "2"),
                JsonNode.class, payload -> {
                    ObjectNode upcast = ((ObjectNode) payload).deepCopy();
                    upcast.putNull("meetingId");
                    return upcast;
                });
    }
}
