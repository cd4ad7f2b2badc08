package fr.ctg.platform.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.document.DocumentAttached;
import fr.ctg.platform.eventstore.EventJson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The documents attached to a convention, read from its events, the record: no read model to lag behind or rebuild
 * (docs/adr/0010-documents.md). A document is reachable only through a convention that attached it.
 */
@Component
public class ConventionDocuments {

    static final String TYPE = DocumentAttached.class.getName();
    private static final ObjectMapper JSON = EventJson.mapper();
    private static final String SELECT = """
            SELECT aggregate_identifier, global_index, sequence_number, event_identifier, time_stamp, payload::text
            FROM domain_event_entry WHERE payload_type = ?""";

    private final JdbcTemplate jdbc;

    ConventionDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AttachedDocument> of(String conventionId) {
        return jdbc.query(SELECT + " AND aggregate_identifier = ? ORDER BY sequence_number",
                (rs, row) -> attached(rs), TYPE, conventionId);
    }

    /** Those attached to one subject (an INSEE code or a SIREN), in the order they were attached. */
    public List<AttachedDocument> of(String conventionId, String subjectKey) {
        return jdbc.query(SELECT + " AND aggregate_identifier = ? AND payload->>'subjectKey' = ? ORDER BY sequence_number",
                (rs, row) -> attached(rs), TYPE, conventionId, subjectKey);
    }

    /** The first attachment of these bytes to this convention, if any. */
    public Optional<AttachedDocument> find(String conventionId, String sha256) {
        return jdbc.query(SELECT + " AND aggregate_identifier = ? AND payload->'document'->>'sha256' = ?"
                        + " ORDER BY sequence_number LIMIT 1",
                (rs, row) -> attached(rs), TYPE, conventionId, sha256).stream().findFirst();
    }

    /** Every attachment of every convention (or of one, when {@code conventionId} is not null), in event order. */
    public void forEach(String conventionId, Consumer<AttachedDocument> sink) {
        String sql = SELECT + (conventionId == null ? "" : " AND aggregate_identifier = ?") + " ORDER BY global_index";
        Object[] arguments = conventionId == null ? new Object[]{TYPE} : new Object[]{TYPE, conventionId};
        jdbc.query(sql, rs -> {
            sink.accept(attached(rs));
        }, arguments);
    }

    private static AttachedDocument attached(ResultSet rs) throws SQLException {
        try {
            DocumentAttached event = JSON.readValue(rs.getString(6), DocumentAttached.class);
            return new AttachedDocument(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                    rs.getString(5), event.role(), event.role().subject(), event.subjectKey(), event.document());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
