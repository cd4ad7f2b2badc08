package fr.ctg.command.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.testing.Maintenance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command's answer reads back the events of its own transaction without visiting its convention's history: the
 * former read filtered every event of the aggregate on {@code xmin} (38.7 ms a command on a 13,304-event
 * convention). The work is counted as the rows the plan filtered out, not as time.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WrittenEventsTest {

    private static final String ID = "ctg-written-events-history";
    private static final int HISTORY = 2_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    WrittenEvents writtenEvents;

    @Autowired
    ApplicationContext context;

    @AfterEach
    void removeTheHistory() {
        // Events are append-only for the service's role: the clean-up takes the maintenance role.
        Maintenance.jdbc(context).update("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", ID);
    }

    @Test
    void readsBackOnlyThisTransactionsEventsWithoutVisitingTheConventionsHistory() {
        insert(0, HISTORY);
        transaction.executeWithoutResult(status -> {
            insert(HISTORY, 2);

            List<WrittenEvents.Row> rows = writtenEvents.ofThisTransaction(ID);

            assertThat(rows).extracting(WrittenEvents.Row::sequenceNumber)
                    .containsExactly((long) HISTORY, HISTORY + 1L);
            // On a test-sized table the planner may prefer a sequential scan; production's table always takes the
            // index, and the query's own work along it is what is measured here.
            jdbc.execute("SET LOCAL enable_seqscan = off");
            jdbc.execute("SET LOCAL enable_bitmapscan = off");
            // Walking down from the top, the only rows filtered out are this transaction's own; the former read
            // filtered out the whole history.
            assertThat(rowsFilteredOut()).as("rows filtered out").isEqualTo(rows.size());
            status.setRollbackOnly();
        });
    }

    private long rowsFilteredOut() {
        String plan = jdbc.queryForObject("EXPLAIN (ANALYZE, FORMAT JSON) " + WrittenEvents.SQL, String.class, ID, ID);
        try {
            return sum(JSON.readTree(plan));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long sum(JsonNode node) {
        long filtered = node.path("Rows Removed by Filter").asLong(0);
        for (JsonNode child : node) {
            filtered += sum(child);
        }
        return filtered;
    }

    private void insert(int from, int count) {
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                  time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text, ?, n, 'Convention', '2026-11-28T00:00:00.000Z',
                  'fr.ctg.actionplan.ActionStatusUpdated', '1', '{}'::jsonb, '{}'::jsonb
                FROM generate_series(?, ?) AS n""", ID, from, from + count - 1);
    }
}
