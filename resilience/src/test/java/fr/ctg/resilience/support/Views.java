package fr.ctg.resilience.support;

import com.fasterxml.jackson.databind.JsonNode;
import org.awaitility.core.ConditionTimeoutException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The read models as rows, and the waits that tell when a query node has caught up or finished a rebuild. */
public final class Views {

    /** Every read-model table of the query side. */
    public static final List<String> TABLES = List.of("commune_approval", "perimeter_approval_commune",
            "convention_overview", "convention_overview_party", "action_progress", "action_progress_commune");
    private static final List<String> PROCESSORS = List.of("commune-approval", "perimeter-approval",
            "convention-overview", "action-progress");

    private Views() {
    }

    /** Each table's rows as JSON text, sorted, every column included (the rows' idempotence bookkeeping too). */
    public static Map<String, List<String>> dump(JdbcTemplate jdbc) {
        return dump(jdbc, "to_jsonb(t)::text");
    }

    private static Map<String, List<String>> dump(JdbcTemplate jdbc, String row) {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        for (String table : TABLES) {
            dump.put(table, jdbc.queryForList("SELECT " + row + " FROM " + table + " t ORDER BY 1", String.class));
        }
        return dump;
    }

    /** Waits until every processor of the node has passed the store's head as it is now. */
    public static void awaitCaughtUp(Node query, JdbcTemplate jdbc, Duration timeout) {
        long head = EventStore.head(jdbc);
        AtomicReference<String> last = new AtomicReference<>("");
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
                Api.Answer health = Api.get(query.baseUrl(), "/actuator/health", Accounts.ADMIN); // details are shown to administrators only
                last.set(health.status() + " " + health.body());
                if (health.status() != 200) {
                    return false;
                }
                JsonNode processors = health.json().path("components").path("readModels").path("details")
                        .path("processors");
                last.set(processors.toString());
                return PROCESSORS.stream().allMatch(p -> processors.path(p).path("position").asLong(-1) >= head);
            });
        } catch (ConditionTimeoutException notCaughtUp) {
            throw new AssertionError(query.name() + " did not reach head " + head + " within " + timeout + ": "
                    + last.get());
        }
    }

    public static void startRebuild(Node query) {
        Api.Answer started = Api.post(query.baseUrl(), "/api/v1/admin/rebuild", "", Accounts.ADMIN, Map.of());
        assertThat(started.status()).as("rebuild -> %s", started.body()).isEqualTo(202);
    }

    public static JsonNode progress(Node query) {
        Api.Answer progress = Api.get(query.baseUrl(), "/api/v1/admin/rebuild", Accounts.ADMIN);
        return progress.status() == 200 ? progress.json() : null;
    }

    /** Waits until the rebuild recorded in the store has finished, then until the views pass the head. */
    public static void awaitRebuilt(Node query, JdbcTemplate jdbc, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        AtomicReference<JsonNode> last = new AtomicReference<>();
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200)).until(() -> {
                JsonNode progress = progress(query);
                last.set(progress);
                return progress != null && !progress.path("running").asBoolean(true)
                        && progress.path("eventsDone").asLong() >= progress.path("eventsTotal").asLong();
            });
        } catch (ConditionTimeoutException notRebuilt) {
            throw new AssertionError(query.name() + " did not finish its rebuild within " + timeout + ": " + last.get());
        }
        awaitCaughtUp(query, jdbc, Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000_000L)));
    }

    /** A full rebuild on {@code query} (the only query node running) must give back {@code expected} exactly. */
    public static void assertRebuildGives(Node query, JdbcTemplate jdbc, Map<String, List<String>> expected) {
        startRebuild(query);
        awaitRebuilt(query, jdbc, Duration.ofSeconds(90));
        assertEqualViews(dump(jdbc), expected);
    }

    /** Table by table, naming only the rows that differ (a full dump would drown the report). */
    public static void assertEqualViews(Map<String, List<String>> rebuilt, Map<String, List<String>> expected) {
        for (String table : TABLES) {
            List<String> missing = new java.util.ArrayList<>(expected.get(table));
            missing.removeAll(rebuilt.get(table));
            List<String> extra = new java.util.ArrayList<>(rebuilt.get(table));
            extra.removeAll(expected.get(table));
            assertThat(missing).as("%s: rows before the clean rebuild and not after (after it: %s)", table, extra)
                    .isEmpty();
            assertThat(rebuilt.get(table)).as("%s after a clean rebuild", table).isEqualTo(expected.get(table));
        }
    }
}
