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

    // Set-based: one grouping pass gives each chain's last sequence and length, then one index probe per chain.
    private static final String SELECT = """
            SELECT e.aggregate_identifier, e.sequence_number, e.global_index, e.time_stamp,
                   e.meta_data->>'hash' AS hash, c.events
            FROM (SELECT aggregate_identifier, max(sequence_number) AS last, count(*) AS events
                  FROM domain_event_entry WHERE %s GROUP BY aggregate_identifier) c
            JOIN domain_event_entry e ON e.aggregate_identifier = c.aggregate_identifier AND e.sequence_number = c.last
            ORDER BY e.aggregate_identifier""";
    private static final RowMapper<ChainHead> ROW = (rs, i) -> new ChainHead(rs.getString(1), rs.getLong(2),
            rs.getLong(3), rs.getString(4), rs.getString(5), rs.getLong(6));

    private final JdbcTemplate jdbc;

    ChainHeads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChainHead> of(String conventionId) {
        return jdbc.query(SELECT.formatted("aggregate_identifier = ?"), ROW, conventionId).stream().findFirst();
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
        return jdbc.query(SELECT.formatted("type IS NOT NULL"), ROW);
    }
}
