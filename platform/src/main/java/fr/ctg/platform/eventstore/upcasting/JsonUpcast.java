package fr.ctg.platform.eventstore.upcasting;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/**
 * One step of an event's history: a stored payload of {@code type} at {@code fromRevision}, changed in place into
 * {@code toRevision}'s shape. The same step serves Axon's upcaster chain and the auditors' own readers of the store.
 */
public record JsonUpcast(String type, String fromRevision, String toRevision, Consumer<ObjectNode> change) {

    boolean applies(String payloadType, String revision) {
        return type.equals(payloadType) && fromRevision.equals(revision);
    }
}
