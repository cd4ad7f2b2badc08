package fr.ctg.audit.store;

import fr.ctg.audit.hashing.CanonicalEvent;

/** A row of {@code domain_event_entry}, payload and metadata as the JSON text PostgreSQL returns for jsonb. */
public record StoredEvent(long globalIndex, String eventIdentifier, String aggregateIdentifier, long sequenceNumber,
                          String aggregateType, String timestamp, String payloadType, String payloadRevision,
                          String payload, String metaData) {

    public String simpleType() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }

    public CanonicalEvent canonical(String previousHash) {
        return new CanonicalEvent(aggregateIdentifier, aggregateType, sequenceNumber, eventIdentifier, timestamp,
                payloadType, payloadRevision, payload, metaData, previousHash);
    }
}
