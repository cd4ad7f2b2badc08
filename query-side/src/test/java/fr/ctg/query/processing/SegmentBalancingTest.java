package fr.ctg.query.processing;

import fr.ctg.query.support.ReadModelDatabase;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two "nodes" in one JVM, each a balancer and an Axon pooled processor with its own claim owner, on one token table
 * in a real PostgreSQL: Axon's coordinator follows the shares (claims no more, releases the surplus), and a crashed
 * node's segments go to the survivor. Timings are shortened; production keeps Axon's defaults.
 */
@Tag("slow")
class SegmentBalancingTest {

    private static final QueryProperties PROPERTIES = new QueryProperties(200, 2, Duration.ofSeconds(5),
            Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofSeconds(1));
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(2);

    private final String processor = "balancing-test-" + System.nanoTime();
    private final List<Runnable> cleanups = new ArrayList<>();
    private JdbcTemplate jdbc;
    private DataSource dataSource;

    @BeforeEach
    void database() {
        jdbc = ReadModelDatabase.jdbc();
        jdbc.update("DELETE FROM query_node");
        String url = jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL());
        // Tokens are jsonb, written from strings as in production.
        dataSource = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?") + "stringtype=unspecified",
                "postgres", "postgres");
    }

    @AfterEach
    void cleanUp() {
        cleanups.forEach(Runnable::run);
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
        jdbc.update("DELETE FROM query_node");
    }

    @Test
    void aSecondNodeTakesHalfTheSegmentsAndTheSurvivorOfACrashTakesThemAll() {
        SegmentBalancer a = balancer("node-a");
        a.beat();
        Processor nodeA = processor("node-a", a);
        awaitOwners(Map.of("node-a", 2L), "a node alone claims every segment", a);

        SegmentBalancer b = balancer("node-b");
        b.beat();
        processor("node-b", b);
        awaitOwners(Map.of("node-a", 1L, "node-b", 1L), "node-a releases its surplus, node-b claims it", a, b);
        assertOwnersStay(Map.of("node-a", 1L, "node-b", 1L), "balanced nodes release nothing more", a, b);

        nodeA.crash();
        awaitOwners(Map.of("node-b", 2L), "once node-a's row and claims have expired, node-b claims all", b);
        assertOwnersStay(Map.of("node-b", 2L), "the survivor releases nothing", b);
    }

    @Test
    void aNodeAloneNeverReleasesEvenWithOldRowsOfDeadNodesAround() {
        jdbc.update("INSERT INTO query_node (node_id, last_seen) VALUES ('dead', now() - interval '1 minute')");
        SegmentBalancer a = balancer("node-a");
        a.beat();
        assertThat(a.shares().liveNodes()).isEqualTo(1);
        processor("node-a", a);
        awaitOwners(Map.of("node-a", 2L), "a node alone claims every segment", a);
        assertOwnersStay(Map.of("node-a", 2L), "a node alone releases nothing", a);
    }

    @Test
    void aCleanStopRemovesTheNodesRowSoTheOthersNeedNotWaitForItToAgeOut() {
        SegmentBalancer a = balancer("node-a");
        SegmentBalancer b = balancer("node-b");
        b.start();
        cleanups.add(b::stop);
        awaitRow("node-b", true);
        a.beat();
        assertThat(a.shares().liveNodes()).isEqualTo(2);

        b.stop();
        assertThat(b.isRunning()).isFalse();
        awaitRow("node-b", false);
        a.beat();
        assertThat(a.shares().liveNodes()).isEqualTo(1);
    }

    private SegmentBalancer balancer(String node) {
        return new SegmentBalancer(jdbc, PROPERTIES, node);
    }

    /** One node's processor: its own claim owner, Axon's coordinator asking the node's balancer for its share. */
    private Processor processor(String node, SegmentBalancer balancer) {
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor();
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(2);
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(this.processor)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(new Ignoring()).build())
                .messageSource(EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build())
                .tokenStore(tokenStore(node))
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(PROPERTIES.segments())
                .initialToken(StreamableMessageSource::createTailToken)
                .tokenClaimInterval(200)
                .claimExtensionThreshold(300)
                .maxSegmentProvider(balancer)
                .build();
        processor.start();
        Processor running = new Processor(processor, coordinator, workers);
        cleanups.add(running::stop);
        return running;
    }

    private JdbcTokenStore tokenStore(String node) {
        return new JdbcTokenStore(JdbcTokenStore.builder()
                .connectionProvider(dataSource::getConnection)
                .serializer(JacksonSerializer.defaultSerializer())
                .contentType(String.class)
                .nodeId(node)
                .claimTimeout(CLAIM_TIMEOUT)
                .schema(TokenSchema.builder().setTokenTable("token_entry").setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment").setTokenColumn("token").setTokenTypeColumn("token_type")
                        .setTimestampColumn("time_stamp").setOwnerColumn("owner").build())) {
            @Override
            @SuppressWarnings("unchecked")
            protected <T> T readSerializedData(ResultSet resultSet, String columnName) throws SQLException {
                return (T) resultSet.getString(columnName);
            }
        };
    }

    private Map<String, Long> owners() {
        Map<String, Long> owners = new TreeMap<>();
        jdbc.query("SELECT coalesce(owner, 'none') AS owner, count(*) AS n FROM token_entry WHERE processor_name = ? "
                + "GROUP BY 1", rs -> {
                    owners.put(rs.getString("owner"), rs.getLong("n"));
                }, processor);
        return owners;
    }

    /** Waits for the segments to be held as expected, each node's balancer beating as its heartbeat would. */
    private void awaitOwners(Map<String, Long> expected, String why, SegmentBalancer... beating) {
        await().atMost(Duration.ofSeconds(20)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> {
                    Map<String, Long> owners = owners();
                    if (!owners.equals(new TreeMap<>(expected))) {
                        for (SegmentBalancer balancer : beating) {
                            balancer.beat(); // before the next look, as the heartbeat would
                        }
                    }
                    assertThat(owners).as(why).isEqualTo(new TreeMap<>(expected));
                });
    }

    /** Several claim intervals long: a node releasing and claiming back would show in one of the samples. */
    private void assertOwnersStay(Map<String, Long> expected, String why, SegmentBalancer... beating) {
        for (int sample = 0; sample < 10; sample++) {
            for (SegmentBalancer balancer : beating) {
                balancer.beat();
            }
            sleep(150);
            assertThat(owners()).as("%s (sample %d)", why, sample).isEqualTo(new TreeMap<>(expected));
        }
    }

    private void awaitRow(String node, boolean present) {
        await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertThat(
                        jdbc.queryForObject("SELECT count(*) FROM query_node WHERE node_id = ?", Long.class, node) > 0)
                        .as("row of %s present", node).isEqualTo(present));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Processor(PooledStreamingEventProcessor processor, ScheduledExecutorService coordinator,
                             ScheduledExecutorService workers) {

        /** Like a kill -9: the threads die, the claims stay in the table until they time out. */
        void crash() {
            coordinator.shutdownNow();
            workers.shutdownNow();
        }

        void stop() {
            if (!coordinator.isShutdown()) {
                processor.shutdownAsync().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null).join();
            }
            terminate(coordinator);
            terminate(workers);
        }

        private static void terminate(ExecutorService executor) {
            executor.shutdownNow();
        }
    }

    static class Ignoring {
        @EventHandler
        void on(Object event) {
            // only the claims matter here
        }
    }
}
