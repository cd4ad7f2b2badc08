package fr.ctg.platform.eventstore;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Axon's JDBC engine, reading {@code jsonb} payload and metadata as text (the driver would hand back a PGobject), and
 * each row's timestamp parsed once ({@link ParsedTimestampEntry}). The tracked read keeps Axon's gap rules: a gap is
 * kept only while the event after it is younger than the gap timeout.
 */
class JsonbEventStorageEngine extends JdbcEventStorageEngine {

    private final GapRules gaps;

    /** Axon's own engine settings for gaps, given here too because its builder does not expose them. */
    record GapRules(long lowestGlobalSequence, int maxGapOffset, int gapTimeoutMillis) {
    }

    JsonbEventStorageEngine(Builder builder, GapRules gaps) {
        super(builder.dataType(String.class)
                .lowestGlobalSequence(gaps.lowestGlobalSequence())
                .maxGapOffset(gaps.maxGapOffset())
                .gapTimeout(gaps.gapTimeoutMillis()));
        this.gaps = gaps;
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> T readPayload(ResultSet resultSet, String columnName) throws SQLException {
        return (T) resultSet.getString(columnName);
    }

    @Override
    protected DomainEventData<?> getDomainEventData(ResultSet resultSet) throws SQLException {
        return entry(resultSet, resultSet.getString(schema().aggregateIdentifierColumn()));
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long globalIndex = resultSet.getLong(schema.globalIndexColumn());
        String aggregateIdentifier = resultSet.getString(schema.aggregateIdentifierColumn());
        boolean domainEvent = !resultSet.getString(schema.eventIdentifierColumn()).equals(aggregateIdentifier);
        ParsedTimestampEntry entry = entry(resultSet, domainEvent ? aggregateIdentifier : null);
        boolean allowGaps = entry.getTimestamp()
                .isAfter(GenericEventMessage.clock.instant().minus(gaps.gapTimeoutMillis(), ChronoUnit.MILLIS));
        GapAwareTrackingToken token;
        if (previousToken == null) {
            token = GapAwareTrackingToken.newInstance(globalIndex, allowGaps
                    ? LongStream.range(Math.min(gaps.lowestGlobalSequence(), globalIndex), globalIndex).boxed()
                    .collect(Collectors.toCollection(TreeSet::new))
                    : Collections.emptySortedSet());
        } else {
            token = previousToken.advanceTo(globalIndex, allowGaps ? gaps.maxGapOffset() : 0);
        }
        return new TrackedDomainEventData<>(token, entry);
    }

    private ParsedTimestampEntry entry(ResultSet resultSet, String aggregateIdentifier) throws SQLException {
        EventSchema schema = schema();
        return new ParsedTimestampEntry(resultSet.getString(schema.typeColumn()), aggregateIdentifier,
                resultSet.getLong(schema.sequenceNumberColumn()), resultSet.getString(schema.eventIdentifierColumn()),
                resultSet.getString(schema.timestampColumn()), resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
    }
}
