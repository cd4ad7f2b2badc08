package fr.ctg.audit.chain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import org.axonframework.common.DateTimeUtils;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored head of each chain; {@code POST /verify} tells whether the chain up to it is intact. */
@Component
public class ChainHeads {

    private static final String SELECT = """
            SELECT DISTINCT ON (aggregate_identifier) aggregate_identifier, sequence_number, global_index, time_stamp,
                   meta_data->>'hash' AS hash,
                   (SELECT count(*) FROM domain_event_entry c WHERE c.aggregate_identifier = e.aggregate_identifier)
            FROM domain_event_entry e""";
    private static final RowMapper<ChainHead> ROW = (rs, i) -> new ChainHead(rs.getString(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getLong(6));

    private final JdbcTemplate jdbc;

    ChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChainHead> of(String conventionId) {
        return jdbc.query(SELECT + " WHERE aggregate_identifier = ? ORDER BY aggregate_identifier, sequence_number DESC",
                ROW, conventionId).stream().findFirst();
    }

    /**
     * The head the chain had at {@code instant}: its last event stamped then or before (timestamps are compared as
     * instants, as the as-of views filter them); empty when the convention had no event yet.
     */
    public Optional<ChainHead> at(String conventionId, Instant instant) {
        List<ChainHead> heads = jdbc.query("""
                SELECT aggregate_identifier, sequence_number, global_index, time_stamp, meta_data->>'hash' AS hash,
                       sequence_number + 1
                FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number""", ROW, conventionId);
        ChainHead last = null;
        for (ChainHead head : heads) {
            if (DateTimeUtils.parseInstant(head.timestamp()).isAfter(instant)) {
                break;
            }
            last = head;
        }
        return Optional.ofNullable(last);
    }

    /** Heads of the conventions' chains; a plain event (no aggregate type) is a chain of its own, left out. */
    List<ChainHead> all() {
        return jdbc.query(SELECT + " WHERE type IS NOT NULL ORDER BY aggregate_identifier, sequence_number DESC", ROW);
    }
}
