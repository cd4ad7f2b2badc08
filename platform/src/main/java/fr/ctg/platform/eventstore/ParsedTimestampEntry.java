package fr.ctg.platform.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;

import java.time.Instant;

/** A stored event whose timestamp is parsed once, when read, instead of on every {@code getTimestamp()}. */
final class ParsedTimestampEntry extends GenericDomainEventEntry<String> {

    private final Instant timestamp;

    ParsedTimestampEntry(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                         String timestamp, String payloadType, String payloadRevision, String payload,
                         String metaData) {
        super(type, aggregateIdentifier, sequenceNumber, eventIdentifier, timestamp, payloadType, payloadRevision,
                payload, metaData);
        this.timestamp = StoredInstants.parse(timestamp);
    }

    @Override
    public Instant getTimestamp() {
        return timestamp;
    }
}
