package fr.ctg.audit.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.audit.store.StoredEvent;
import fr.ctg.calendar.ParisCalendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * One event as an auditor reads it: what, when (the UTC instant stored, and beside it the Paris local time, in which
 * the domain's days are counted), where in the log, who, through which request, and the payload.
 */
record HistoryEntry(StoredEvent event, JsonNode metaData) {

    static final List<String> CSV_COLUMNS = List.of("position", "conventionId", "version", "eventId", "type",
            "timestamp", "recordedAtParis", "principal", "correlationId", "requestId", "causationId", "hash", "payload");
    /** The same columns in French, for the Excel variant; the stored UTC instant comes after the Paris time. */
    static final List<String> EXCEL_COLUMNS = List.of("Position", "Convention", "Version", "Identifiant de l'événement",
            "Type d'événement", "Date et heure (Paris)", "Horodatage UTC", "Auteur", "Corrélation", "Requête", "Cause",
            "Empreinte", "Contenu (JSON)");
    private static final ObjectMapper JSON = new ObjectMapper();

    static HistoryEntry of(StoredEvent event) {
        try {
            return new HistoryEntry(event, event.metaData() == null ? JSON.nullNode() : JSON.readTree(event.metaData()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String meta(String key) {
        JsonNode value = metaData.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    void writeJson(JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeNumberField("position", event.globalIndex());
        out.writeStringField("conventionId", event.aggregateIdentifier());
        out.writeNumberField("version", event.sequenceNumber());
        out.writeStringField("eventId", event.eventIdentifier());
        out.writeStringField("type", event.simpleType());
        out.writeStringField("payloadType", event.payloadType());
        out.writeStringField("payloadRevision", event.payloadRevision());
        out.writeStringField("timestamp", event.timestamp());
        out.writeStringField("recordedAtParis", recordedAtParis());
        for (String key : List.of("principal", "correlationId", "requestId", "causationId", "hash", "previousHash")) {
            out.writeStringField(key, meta(key));
        }
        out.writeFieldName("payload");
        out.writeRawValue(event.payload());
        out.writeEndObject();
    }

    List<String> csvCells() {
        return List.of(Long.toString(event.globalIndex()), event.aggregateIdentifier(),
                Long.toString(event.sequenceNumber()), event.eventIdentifier(), event.simpleType(), event.timestamp(),
                recordedAtParis(),
                nullToEmpty(meta("principal")), nullToEmpty(meta("correlationId")), nullToEmpty(meta("requestId")),
                nullToEmpty(meta("causationId")), nullToEmpty(meta("hash")), event.payload());
    }

    /** The Excel variant's cells: Paris local time first, as Excel reads a date and time. */
    List<String> excelCells() {
        return List.of(Long.toString(event.globalIndex()), event.aggregateIdentifier(),
                Long.toString(event.sequenceNumber()), event.eventIdentifier(), event.simpleType(),
                ExcelCsv.localTime(Instant.parse(event.timestamp()), ParisCalendar.ZONE), event.timestamp(),
                nullToEmpty(meta("principal")), nullToEmpty(meta("correlationId")), nullToEmpty(meta("requestId")),
                nullToEmpty(meta("causationId")), nullToEmpty(meta("hash")), event.payload());
    }

    /** The stored UTC instant as Paris local time with its offset, e.g. 2023-09-06T22:00:00+02:00. */
    String recordedAtParis() {
        return Instant.parse(event.timestamp()).atZone(ParisCalendar.ZONE).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
