package fr.ctg.query.processing;

import org.axonframework.eventhandling.pooled.MaxSegmentProvider;
import org.axonframework.spring.config.SpringAxonConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shares the processors' segments among the query nodes, which Axon does not do without Axon Server. Every heartbeat
 * interval this node writes its row in {@code query_node}, counts the nodes seen within the node timeout and each
 * processor's segments, and Axon's coordinators then claim at most this node's {@link SegmentShares share}: a node
 * holding more releases the surplus (and may not claim it back for Axon's token claim interval), so another node
 * claims it. When a node dies its row ages out, the others' share grows to cover its segments, and they claim them
 * once its claims have expired. A node alone may hold every segment: it never releases anything, in a rebuild either.
 */
@Component
class SegmentBalancer implements MaxSegmentProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final QueryProperties properties;
    private final String nodeId;
    private volatile SegmentShares shares = SegmentShares.UNKNOWN;
    private volatile boolean failing;
    private ScheduledExecutorService heartbeat;

    /** Named like the token store's claims ({@code pid@host}), so that a row and the claims it stands for match. */
    @Autowired
    SegmentBalancer(JdbcTemplate jdbc, QueryProperties properties) {
        this(jdbc, properties, ManagementFactory.getRuntimeMXBean().getName());
    }

    SegmentBalancer(JdbcTemplate jdbc, QueryProperties properties, String nodeId) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.nodeId = nodeId;
    }

    /** Called by the coordinators on their own threads: must answer at once, hence the shares computed beforehand. */
    @Override
    public int getMaxSegments(String processor) {
        return shares.maxFor(processor);
    }

    /** Records this node as alive and recomputes its shares; times are the database's so that nodes' clocks may differ. */
    void beat() {
        jdbc.update("""
                INSERT INTO query_node (node_id, last_seen) VALUES (?, now())
                ON CONFLICT (node_id) DO UPDATE SET last_seen = excluded.last_seen""", nodeId);
        Integer others = jdbc.queryForObject("""
                SELECT count(*) FROM query_node WHERE node_id <> ? AND last_seen > now() - make_interval(secs => ?)""",
                Integer.class, nodeId, properties.nodeTimeout().toMillis() / 1000.0);
        Map<String, Integer> segments = new HashMap<>();
        jdbc.query("SELECT processor_name, count(*) AS segments FROM token_entry GROUP BY processor_name",
                rs -> {
                    segments.put(rs.getString("processor_name"), rs.getInt("segments"));
                });
        SegmentShares next = new SegmentShares((others == null ? 0 : others) + 1, segments, properties.segments());
        if (!next.equals(shares)) {
            log.info("{} query node(s) alive; {} claims at most {}", next.liveNodes(), nodeId, describe(next));
        }
        shares = next;
        // Crashed nodes leave their rows behind; they no longer count, and are dropped so as not to pile up.
        jdbc.update("DELETE FROM query_node WHERE last_seen < now() - interval '1 hour'");
    }

    /** On a clean stop the others need not wait for the node timeout to take this node's share. */
    void leave() {
        jdbc.update("DELETE FROM query_node WHERE node_id = ?", nodeId);
    }

    SegmentShares shares() {
        return shares;
    }

    @Override
    public synchronized void start() {
        if (heartbeat != null) {
            return;
        }
        heartbeat = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ctg-segment-balancer");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.heartbeatInterval().toMillis();
        heartbeat.scheduleWithFixedDelay(this::beatSafely, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** Bounded: a database that does not answer must not hold the shutdown; the row then simply ages out. */
    @Override
    public void stop() {
        ScheduledExecutorService stopping;
        synchronized (this) {
            stopping = heartbeat;
            heartbeat = null;
        }
        if (stopping == null) {
            return;
        }
        stopping.execute(this::leaveSafely);
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(2, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping.shutdownNow();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return heartbeat != null;
    }

    /** Started just after Axon's processors and stopped just before them, so that the others see this node leave first. */
    @Override
    public int getPhase() {
        return SpringAxonConfiguration.LIFECYCLE_PHASE + 1;
    }

    private void beatSafely() {
        try {
            beat();
            if (failing) {
                log.info("Query node heartbeat recorded again");
            }
            failing = false;
        } catch (RuntimeException e) {
            // The last shares stay in force; one warning per outage is enough.
            if (!failing) {
                log.warn("Cannot record the query node heartbeat, keeping the last segment shares: {}", e.toString());
            }
            failing = true;
        }
    }

    private void leaveSafely() {
        try {
            leave();
        } catch (RuntimeException e) {
            log.debug("Cannot remove the query node row; it will age out: {}", e.toString());
        }
    }

    private static Map<String, String> describe(SegmentShares shares) {
        Map<String, String> max = new TreeMap<>();
        for (String processor : ProcessorNames.ALL) {
            max.put(processor, shares.maxFor(processor) + " of "
                    + shares.segmentsByProcessor().getOrDefault(processor, shares.defaultSegments()) + " segments");
        }
        return max;
    }
}
