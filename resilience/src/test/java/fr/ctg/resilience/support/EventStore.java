package fr.ctg.resilience.support;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What the event store must show after a fault, read with plain SQL. */
public final class EventStore {

    private EventStore() {
    }

    /** Every acknowledged command has exactly one event, at the position and version its answer gave. */
    public static void assertAcknowledgedStoredOnce(JdbcTemplate jdbc, List<Load.Attempt> attempts) {
        List<Load.Attempt> acknowledged = attempts.stream().filter(a -> a.answer().ok()).toList();
        assertThat(acknowledged).as("some commands were acknowledged").isNotEmpty();
        for (Load.Attempt attempt : acknowledged) {
            var answer = attempt.answer().json();
            List<Map<String, Object>> rows = jdbc.queryForList("""
                    SELECT global_index, aggregate_identifier, sequence_number FROM domain_event_entry
                    WHERE payload->>'note' = ?""", attempt.marker());
            assertThat(rows).as("events of acknowledged %s", attempt.marker()).hasSize(1);
            assertThat(((Number) rows.get(0).get("global_index")).longValue()).as("position of %s", attempt.marker())
                    .isEqualTo(answer.path("position").asLong());
            assertThat(((Number) rows.get(0).get("sequence_number")).longValue()).as("version of %s", attempt.marker())
                    .isEqualTo(answer.path("version").asLong());
        }
    }

    /** No command, acknowledged or not, was applied twice. */
    public static void assertNoMarkerTwice(JdbcTemplate jdbc) {
        List<String> duplicated = jdbc.queryForList("""
                SELECT payload->>'note' FROM domain_event_entry WHERE payload->>'note' LIKE 'm-%'
                GROUP BY payload->>'note' HAVING count(*) > 1""", String.class);
        assertThat(duplicated).as("markers stored more than once").isEmpty();
    }

    /** Each aggregate's sequence numbers are 0..n-1 with no hole and no repeat. */
    public static void assertSequencesContiguous(JdbcTemplate jdbc) {
        List<String> broken = jdbc.queryForList("""
                SELECT aggregate_identifier FROM domain_event_entry GROUP BY aggregate_identifier
                HAVING min(sequence_number) <> 0 OR max(sequence_number) <> count(*) - 1
                    OR count(DISTINCT sequence_number) <> count(*)""", String.class);
        assertThat(broken).as("aggregates with a hole or a repeat in their sequence").isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT aggregate_identifier) FROM domain_event_entry",
                Long.class)).isPositive();
    }

    public static long head(JdbcTemplate jdbc) {
        Long head = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        return head == null ? 0 : head;
    }
}
