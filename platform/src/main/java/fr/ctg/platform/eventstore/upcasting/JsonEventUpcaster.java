package fr.ctg.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/** A {@link JsonUpcast} in Axon's upcaster chain. */
final class JsonEventUpcaster extends SingleEventUpcaster {

    private final JsonUpcast step;

    JsonEventUpcaster(JsonUpcast step) {
        this.step = step;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return step.applies(representation.getType().getName(), representation.getType().getRevision());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(new SimpleSerializedType(step.type(), step.toRevision()), JsonNode.class,
                payload -> {
                    ObjectNode copy = payload.deepCopy();
                    step.change().accept(copy);
                    return copy;
                });
    }
}
