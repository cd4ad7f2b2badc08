package fr.ctg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Rebuild of every view, beside a plain JDBC scan that deserializes every payload (the limit). */
final class RebuildBench {

    private static final java.time.Duration START_TIMEOUT = java.time.Duration.ofSeconds(120);

    private RebuildBench() {
    }

    static void scan(Report report, JdbcTemplate jdbc, long events) {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        Map<String, Class<?>> types = new HashMap<>();
        AtomicLong read = new AtomicLong();
        long start = System.nanoTime();
        jdbc.setFetchSize(1000);
        // A cursor needs a transaction in PostgreSQL; the template's connection is autocommit, so the driver would
        // otherwise load the whole table at once.
        jdbc.execute((java.sql.Connection c) -> {
            c.setAutoCommit(false);
            try (var statement = c.prepareStatement(
                    "SELECT payload_type, payload::text FROM domain_event_entry ORDER BY global_index")) {
                statement.setFetchSize(1000);
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Class<?> type = types.computeIfAbsent(rows.getString(1), RebuildBench::load);
                        json.readValue(rows.getString(2), type);
                        read.incrementAndGet();
                    }
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } finally {
                c.commit();
                c.setAutoCommit(true);
            }
            return null;
        });
        double rate = read.get() / ((System.nanoTime() - start) / 1e9);
        report.figures.put("scan", rate);
        report.line("");
        report.line("## Rebuild (" + events + " events)");
        report.line("| what | events/s |");
        report.line("|---|---|");
        report.line(String.format("| JDBC scan + Jackson deserialization of every payload (limit) | %.0f |", rate));
    }

    /** POSTs a rebuild and follows it until done or {@code maxSeconds}; the rate is events done over time taken. */
    static void rebuild(Report report, String label, String queryUrl, long events, int maxSeconds)
            throws InterruptedException {
        String[] started = Http.post(queryUrl + "/api/v1/admin/rebuild", Bench.ADMIN, "", START_TIMEOUT);
        if ("409".equals(started[0])) {
            // A rebuild cut off by an earlier run on a reused fixture resumes when the query side starts.
            follow(queryUrl, System.nanoTime() + java.util.concurrent.TimeUnit.HOURS.toNanos(1));
            started = Http.post(queryUrl + "/api/v1/admin/rebuild", Bench.ADMIN, "", START_TIMEOUT);
        }
        if (!"202".equals(started[0])) {
            throw new IllegalStateException("rebuild -> " + started[0] + " " + started[1]);
        }
        long start = System.nanoTime();
        JsonNode progress = follow(queryUrl, start + maxSeconds * 1_000_000_000L);
        double seconds = (System.nanoTime() - start) / 1e9;
        long done = progress == null ? 0 : progress.path("eventsDone").asLong();
        boolean finished = progress != null && !progress.path("running").asBoolean(true);
        double rate = done / seconds;
        report.figures.put(label.startsWith("tuned") ? "rebuild-tuned" : "rebuild-defaults", rate);
        report.line(String.format("| rebuild, %s | %.0f (%s, %d of %d events in %.0f s) |", label, rate,
                finished ? "finished" : "cut off", done, events, seconds));
    }

    /**
     * Waits until no rebuild runs: on a reused fixture, a rebuild cut off by an earlier run (the defaults step always
     * is) resumes when the query side starts, and reads measured meanwhile would share the machine with it.
     */
    static void awaitNoRebuild(Report report, String queryUrl) throws InterruptedException {
        JsonNode progress = read(Http.get(queryUrl + "/api/v1/admin/rebuild", Bench.ADMIN));
        if (progress != null && progress.path("running").asBoolean(false)) {
            long start = System.nanoTime();
            follow(queryUrl, start + java.util.concurrent.TimeUnit.HOURS.toNanos(1));
            report.line(String.format("(a rebuild left running by an earlier run finished first, in %.0f s)",
                    (System.nanoTime() - start) / 1e9));
        }
    }

    /** Polls the rebuild's progress until it is no longer running or the deadline passes; the last progress read. */
    private static JsonNode follow(String queryUrl, long deadline) throws InterruptedException {
        JsonNode progress = null;
        while (System.nanoTime() < deadline) {
            Thread.sleep(250);
            progress = read(Http.get(queryUrl + "/api/v1/admin/rebuild", Bench.ADMIN));
            if (progress != null && !progress.path("running").asBoolean(true)) {
                break;
            }
        }
        return progress;
    }

    private static JsonNode read(String[] answer) {
        try {
            return "200".equals(answer[0]) ? Bench.JSON.readTree(answer[1]) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
