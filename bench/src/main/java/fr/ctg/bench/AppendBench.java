package fr.ctg.bench;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Commands over HTTP at 1, 8 and 32 clients (each client its own convention, so nothing conflicts), beside the
 * physical limit: one equivalent event row inserted and committed per operation by plain JDBC at the same
 * concurrency, into a table with the event table's columns and unique indexes.
 */
final class AppendBench {

    private static final String PAYLOAD = "{\"conventionId\":\"bench-x\",\"actionId\":\"pe-01\",\"previousStatus\":"
            + "\"IN_PROGRESS\",\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\",\"note\":\"bench\",\"reason\":null}";
    private static final String META = "{\"principal\":\"bench-coordinator\",\"requestId\":\"r\",\"correlationId\":\"c\"}";

    private AppendBench() {
    }

    /** Keeps the limit's rows of one run apart from those of an earlier run on a reused fixture. */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static void run(Report report, String commandUrl, List<String> conventions, DataSource dataSource, int seconds,
                    int warmupSeconds) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE IF NOT EXISTS bench_insert_limit (
                      global_index BIGSERIAL PRIMARY KEY, event_identifier VARCHAR(255) NOT NULL UNIQUE,
                      aggregate_identifier VARCHAR(255) NOT NULL, sequence_number BIGINT NOT NULL,
                      type VARCHAR(255), time_stamp VARCHAR(255) NOT NULL, payload_type VARCHAR(255) NOT NULL,
                      payload_revision VARCHAR(255), payload JSONB NOT NULL, meta_data JSONB,
                      UNIQUE (aggregate_identifier, sequence_number))""");
        }
        // Discarded, as a JMH warm-up is: without it the first step measured the JIT compiling the command path
        // (C2 spent 52 s of CPU in one 70 s append run).
        if (warmupSeconds > 0) {
            timed(8, warmupSeconds, client -> command(commandUrl, conventions.get(client), new Latencies()));
        }
        report.line("");
        report.line("## Append (" + seconds + " s per step, after " + warmupSeconds + " s of warm-up at 8 clients)");
        report.line("| clients | HTTP commands/s | p50 | p99 | JDBC insert+commit/s | p50 | p99 | ratio |");
        report.line("|---|---|---|---|---|---|---|---|");
        for (int clients : new int[] {1, 8, 32}) {
            Latencies http = new Latencies();
            double httpRate = timed(clients, seconds, client -> command(commandUrl, conventions.get(client), http));
            Latencies jdbc = new Latencies();
            List<Connection> connections = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                Connection connection = dataSource.getConnection();
                connection.setAutoCommit(false);
                connections.add(connection);
            }
            AtomicLong sequence = new AtomicLong();
            double jdbcRate = timed(clients, seconds, client -> {
                long start = System.nanoTime();
                Connection connection = connections.get(client);
                try (PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO bench_insert_limit (event_identifier, aggregate_identifier, sequence_number, type,
                          time_stamp, payload_type, payload_revision, payload, meta_data)
                        VALUES (?, ?, ?, 'Convention', ?, 'fr.ctg.actionplan.ActionStatusUpdated', '1', ?::jsonb, ?::jsonb)""")) {
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, "bench-jdbc-" + RUN + "-" + clients + "-" + client);
                    insert.setLong(3, sequence.incrementAndGet());
                    insert.setString(4, java.time.Instant.now().toString());
                    insert.setString(5, PAYLOAD);
                    insert.setString(6, META);
                    insert.executeUpdate();
                    connection.commit();
                }
                jdbc.add(System.nanoTime() - start);
            });
            for (Connection connection : connections) {
                connection.close();
            }
            report.figures.put("append-" + clients, httpRate);
            report.figures.put("jdbc-" + clients, jdbcRate);
            report.line(String.format("| %d | %.0f | %s | %s | %.0f | %s | %s | %.2f |", clients, httpRate,
                    Latencies.ms(http.percentileMillis(50)), Latencies.ms(http.percentileMillis(99)), jdbcRate,
                    Latencies.ms(jdbc.percentileMillis(50)), Latencies.ms(jdbc.percentileMillis(99)),
                    httpRate / jdbcRate));
        }
        Latencies cheapest = new Latencies();
        double cheapestRate = CeilingBench.http(commandUrl, conventions.get(0), seconds, cheapest);
        report.figures.put("append-ceiling", cheapestRate);
        ceilingRow(report, "the cheapest authenticated request (sign-in, one query) instead of a command", cheapestRate,
                cheapest);
        Latencies refused = new Latencies();
        double refusedRate = CeilingBench.refused(commandUrl, conventions.get(0), seconds, refused);
        report.figures.put("append-ceiling-refused", refusedRate);
        ceilingRow(report, "a request refused at once (401, no sign-in, no database)", refusedRate, refused);
    }

    private static void ceilingRow(Report report, String what, double rate, Latencies latencies) {
        double limit = report.figures.get("jdbc-8");
        report.line(String.format("| 8, %s: the stack's ceiling | %.0f | %s | %s | %.0f | | | %.2f |", what, rate,
                Latencies.ms(latencies.percentileMillis(50)), Latencies.ms(latencies.percentileMillis(99)), limit,
                rate / limit));
    }

    static void command(String commandUrl, String conventionId, Latencies latencies) {
        long start = System.nanoTime();
        String[] answer = Http.post(commandUrl + "/api/v1/conventions/" + conventionId + "/actions/pe-01/status",
                Bench.COORDINATOR, "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\",\"note\":\"append\"}");
        if (!answer[0].startsWith("2")) {
            throw new IllegalStateException(answer[0] + " " + answer[1]);
        }
        latencies.add(System.nanoTime() - start);
    }

    interface Operation {
        void run(int client) throws Exception;
    }

    /** Runs {@code clients} threads doing the operation in a loop for {@code seconds}; answers operations per second. */
    static double timed(int clients, int seconds, Operation operation) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            int client = i;
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        operation.run(client);
                        done.incrementAndGet();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }, "bench-load-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }
}
