package fr.ctg.resilience;

import fr.ctg.resilience.support.Accounts;
import fr.ctg.resilience.support.Api;
import fr.ctg.resilience.support.Database;
import fr.ctg.resilience.support.EventStore;
import fr.ctg.resilience.support.Load;
import fr.ctg.resilience.support.Node;
import fr.ctg.resilience.support.Views;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7 §3: the all-in-one service killed with SIGKILL while commands pour in. */
@Tag("slow")
class KillDuringLoadTest {

    private Database database;
    private Node service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyAcknowledgedCommandSurvivesAKillAndTheViewsConvergeToARebuild() {
        database = new Database("kill-load");
        JdbcTemplate jdbc = database.jdbc();
        service = new Node("kill-load-app", Node.Kind.APP, database).start();
        List<String> conventions = IntStream.range(0, 6).mapToObj(i -> "ctg-kill-" + i).toList();
        Fixtures.define(service, jdbc, conventions);

        Load load = new Load(List.of(service.baseUrl()), conventions, 2_000).start()
                .awaitAcknowledged(150, Duration.ofSeconds(60));
        service.kill9();
        List<Load.Attempt> attempts = load.stop();

        assertThat(attempts).as("commands in flight when killed got no answer")
                .anyMatch(a -> a.answer().status() == -1);
        EventStore.assertAcknowledgedStoredOnce(jdbc, attempts);
        EventStore.assertNoMarkerTwice(jdbc);
        EventStore.assertSequencesContiguous(jdbc);

        service = new Node("kill-load-app-2", Node.Kind.APP, database).start();
        Views.awaitCaughtUp(service, jdbc, Duration.ofSeconds(60));
        Map<String, List<String>> resumed = Views.dump(jdbc);
        assertThat(resumed.get("action_progress")).as("views hold the conventions' actions").hasSizeGreaterThan(100);
        Views.assertRebuildGives(service, jdbc, resumed);
    }
}
