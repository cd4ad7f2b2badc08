package fr.ctg.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.resilience.support.Database;
import fr.ctg.resilience.support.Load;
import fr.ctg.resilience.support.Node;
import fr.ctg.resilience.support.Views;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7 §3: the query side killed with SIGKILL in the middle of a rebuild. */
@Tag("slow")
class KillDuringRebuildTest {

    private Database database;
    private Node commands;
    private Node queries;

    @AfterEach
    void stop() {
        for (Node node : new Node[] {queries, commands}) {
            if (node != null) {
                node.close();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aRebuildInterruptedByAKillResumesAndEndsIdenticalToACleanOne() {
        database = new Database("kill-rebuild");
        JdbcTemplate jdbc = database.jdbc();
        commands = new Node("kill-rebuild-command", Node.Kind.COMMAND, database).start();
        List<String> conventions = IntStream.range(0, 8).mapToObj(i -> "ctg-rebuild-" + i).toList();
        Fixtures.define(commands, jdbc, conventions);
        new Load(List.of(commands.baseUrl()), conventions, 250).start()
                .awaitAcknowledged(1_500, Duration.ofSeconds(120)).stop();

        // Small batches make the rebuild slow enough to be caught half-way.
        queries = new Node("kill-rebuild-query", Node.Kind.QUERY, database, "--ctg.query.batch-size=2",
                "--ctg.query.rebuild.batch-size=2").start();
        Views.awaitCaughtUp(queries, jdbc, Duration.ofSeconds(90));
        Views.startRebuild(queries);
        JsonNode atKill = awaitHalfWay(queries);
        queries.kill9();
        assertThat(atKill.path("running").asBoolean()).as("killed during the rebuild: %s", atKill).isTrue();
        assertThat(atKill.path("eventsDone").asLong()).as("killed half-way: %s", atKill)
                .isPositive().isLessThan(atKill.path("eventsTotal").asLong());

        queries = new Node("kill-rebuild-query-2", Node.Kind.QUERY, database).start();
        Views.awaitRebuilt(queries, jdbc, Duration.ofSeconds(90));
        Map<String, List<String>> resumed = Views.dump(jdbc);
        // 22 communes and the sample's Saint-Étienne Métropole, whose council has its own row.
        assertThat(resumed.get("commune_approval")).hasSize(8 * (22 + 1));
        Views.assertRebuildGives(queries, jdbc, resumed);
    }

    /** Polls the progress until some events are done; bounded. */
    private static JsonNode awaitHalfWay(Node queries) {
        AtomicReference<JsonNode> progress = new AtomicReference<>();
        try {
            await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        progress.set(Views.progress(queries));
                        return progress.get() != null && progress.get().path("eventsDone").asLong() > 0;
                    });
        } catch (ConditionTimeoutException noProgress) {
            throw new AssertionError("the rebuild made no progress within 30 s: " + progress.get());
        }
        return progress.get();
    }
}
