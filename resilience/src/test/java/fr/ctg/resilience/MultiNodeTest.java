package fr.ctg.resilience;

import fr.ctg.resilience.support.Accounts;
import fr.ctg.resilience.support.Api;
import fr.ctg.resilience.support.Database;
import fr.ctg.resilience.support.EventStore;
import fr.ctg.resilience.support.Load;
import fr.ctg.resilience.support.Node;
import fr.ctg.resilience.support.Views;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7 §4: two command-side and two query-side processes on one PostgreSQL. */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeTest {

    private static final String CONTESTED = "ctg-multi-contested";
    private static final List<String> PROCESSORS = List.of("commune-approval", "perimeter-approval",
            "convention-overview", "action-progress");

    private Database database;
    private JdbcTemplate jdbc;
    private final List<Node> nodes = new ArrayList<>();
    private Node command1;
    private Node command2;
    private Node query1;
    private Node query2;

    @BeforeAll
    void startFourNodes() {
        database = new Database("multi");
        jdbc = database.jdbc();
        command1 = track(new Node("multi-command-1", Node.Kind.COMMAND, database).start());
        command2 = track(new Node("multi-command-2", Node.Kind.COMMAND, database).launch());
        query1 = track(new Node("multi-query-1", Node.Kind.QUERY, database).launch());
        query2 = track(new Node("multi-query-2", Node.Kind.QUERY, database).launch());
        for (Node node : List.of(command2, query1, query2)) {
            node.awaitHealthy(Node.START_BOUND);
        }
        Fixtures.define(command1, jdbc, List.of(CONTESTED));
    }

    @AfterAll
    void stopAll() {
        nodes.forEach(Node::close);
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void concurrentCommandsWithOneExpectedVersionApplyOnceTheRestGet409() {
        long version = 0;
        for (int round = 0; round < 8; round++) {
            long expected = version;
            int r = round;
            List<CompletableFuture<Api.Answer>> sent = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> Api.post((i % 2 == 0 ? command1 : command2).baseUrl(),
                            Api.statusPath(CONTESTED, Api.ACTIONS.get(i)), Api.statusBody("m-contest-" + r + "-" + i),
                            Accounts.COORDINATOR, Map.of("If-Match", "\"" + expected + "\"")))).toList();
            List<Api.Answer> answers = sent.stream().map(CompletableFuture::join).toList();
            List<Api.Answer> applied = answers.stream().filter(Api.Answer::ok).toList();
            assertThat(applied).as("round %d: %s", round, answers).hasSize(1);
            assertThat(answers).filteredOn(a -> !a.ok()).as("round %d", round)
                    .allSatisfy(a -> {
                        assertThat(a.status()).as(a.body()).isEqualTo(409);
                        assertThat(a.json().path("rule").asText()).isEqualTo("version-conflict");
                    });
            version = applied.get(0).json().path("version").asLong();
            assertThat(version).isEqualTo(expected + 1);
        }
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload->>'note' LIKE 'm-contest-%'""",
                Long.class, CONTESTED)).as("one event per round").isEqualTo(8L);
        EventStore.assertSequencesContiguous(jdbc);
    }

    @Test
    @Order(2)
    void theQueryNodesShareTheSegmentsAndTheSurvivorTakesOverAKilledNodesSegments() {
        List<String> conventions = IntStream.range(0, 4).mapToObj(i -> "ctg-multi-" + i).toList();
        Fixtures.define(command1, jdbc, conventions);
        Load load = new Load(List.of(command1.baseUrl(), command2.baseUrl()), conventions, 3_000).start()
                .awaitAcknowledged(200, Duration.ofSeconds(60));
        // 2 segments per processor and 2 nodes: each node's share is one segment of every processor.
        awaitShared(Duration.ofSeconds(90));
        // Either node reports the progress of every segment, its own from its processors, the other's from the table.
        Views.awaitCaughtUp(query1, jdbc, Duration.ofSeconds(60));
        assertShared("still shared once caught up, under load: no node took the other's segments back");
        long head = EventStore.head(jdbc);
        for (Node node : List.of(query1, query2)) {
            Api.Answer read = Api.get(node.baseUrl(), "/api/v1/conventions/" + conventions.get(0)
                    + "/action-progress?minPosition=" + head, Accounts.READER);
            assertThat(read.status()).as("%s -> %s", node.name(), read.body()).isEqualTo(200);
        }

        Node victim = query1;
        Node survivor = query2;
        victim.kill9();
        awaitAllOwnedBy(survivor, Duration.ofSeconds(60));
        List<Load.Attempt> attempts = load.stop();
        Views.awaitCaughtUp(survivor, jdbc, Duration.ofSeconds(60));
        assertThat(owners()).as("the survivor, alone, releases nothing")
                .allSatisfy(row -> assertThat(row.get("owner")).asString().startsWith(survivor.pid() + "@"));
        EventStore.assertAcknowledgedStoredOnce(jdbc, attempts);

        Map<String, List<String>> live = Views.dump(jdbc);
        // 22 communes and the sample's Saint-Étienne Métropole, whose council has its own row.
        assertThat(live.get("commune_approval")).hasSize(5 * (22 + 1));
        Views.assertRebuildGives(survivor, jdbc, live);
    }

    /** Waits until each query node owns at least one segment of every processor, and no segment is unowned. */
    /**
     * Each node keeps conventions cached between commands: a node must see what the other appended since, or its
     * command, expecting the version the other answered, would be refused as a conflict.
     */
    @Test
    @Order(3)
    void commandsAlternatingBetweenTheCommandNodesEachSeeTheOthersLastEvent() {
        Api.Answer first = Api.post(command1.baseUrl(), Api.statusPath(CONTESTED, Api.ACTIONS.get(0)),
                Api.statusBody("m-alternate-start"), Accounts.COORDINATOR, Map.of());
        assertThat(first.ok()).as(first.body()).isTrue();
        long version = first.json().path("version").asLong();
        for (int round = 0; round < 6; round++) {
            Node node = round % 2 == 0 ? command2 : command1;
            Api.Answer answer = Api.post(node.baseUrl(), Api.statusPath(CONTESTED, Api.ACTIONS.get(round % 3)),
                    Api.statusBody("m-alternate-" + round), Accounts.COORDINATOR,
                    Map.of("If-Match", "\"" + version + "\""));
            assertThat(answer.ok()).as("round %d on %s: %s", round, node, answer.body()).isTrue();
            assertThat(answer.json().path("version").asLong()).isEqualTo(version + 1);
            version = version + 1;
        }
        EventStore.assertSequencesContiguous(jdbc);
    }

    private void awaitShared(Duration timeout) {
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
                    .until(() -> shared(owners()));
        } catch (ConditionTimeoutException notShared) {
            // the assertion below says how the segments stand
        }
        List<Map<String, Object>> owners = owners();
        System.out.println("token_entry owners with both query nodes up (query-1 pid " + query1.pid()
                + ", query-2 pid " + query2.pid() + "): " + owners);
        assertShared("within " + timeout + " each query node holds a segment of every processor");
    }

    private void assertShared(String why) {
        List<Map<String, Object>> owners = owners();
        assertThat(shared(owners)).as("%s (query-1 pid %d, query-2 pid %d): %s", why, query1.pid(), query2.pid(),
                owners).isTrue();
    }

    private boolean shared(List<Map<String, Object>> owners) {
        return PROCESSORS.stream().allMatch(processor -> List.of(query1, query2).stream().allMatch(node ->
                owners.stream().anyMatch(row -> processor.equals(row.get("processor_name"))
                        && ownedBy(String.valueOf(row.get("owner")), node))))
                && owners.stream().allMatch(row -> ownedBy(String.valueOf(row.get("owner")), query1)
                || ownedBy(String.valueOf(row.get("owner")), query2));
    }

    private List<Map<String, Object>> owners() {
        return jdbc.queryForList("SELECT processor_name, segment, owner FROM token_entry ORDER BY 1, 2");
    }

    private void awaitAllOwnedBy(Node survivor, Duration timeout) {
        long start = System.nanoTime();
        AtomicReference<List<String>> owners = new AtomicReference<>(List.of());
        try {
            await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
                owners.set(jdbc.queryForList("SELECT coalesce(owner, '') FROM token_entry", String.class));
                return !owners.get().isEmpty() && owners.get().stream().allMatch(owner -> ownedBy(owner, survivor));
            });
        } catch (ConditionTimeoutException notTaken) {
            throw new AssertionError(survivor.name() + " did not take every segment within " + timeout + ": "
                    + owners.get());
        }
        System.out.println(survivor.name() + " owns every segment " + (System.nanoTime() - start) / 1_000_000
                + " ms after the other query node was killed");
    }

    /** Axon's JDBC token store names an owner after the JVM: "pid@host". */
    private static boolean ownedBy(String owner, Node node) {
        return owner.startsWith(node.pid() + "@");
    }

    private Node track(Node node) {
        nodes.add(node);
        return node;
    }
}
