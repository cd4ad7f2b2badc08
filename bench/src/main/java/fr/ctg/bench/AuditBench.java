package fr.ctg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The auditors' checks on the fixture: verify, heads and the replay check as jobs (events/s between the job's own
 * start and end stamps, beside the JDBC scan), one convention's verify and the as-of views of the largest
 * fixture convention (p50/p99 of sequential requests, sign-in included): the longest history of a real territory;
 * the append and read steps' own conventions, which only collect status updates, are left out.
 */
final class AuditBench {

    static final String AUDITOR = "bench-auditor";

    private AuditBench() {
    }

    static void run(Report report, JdbcTemplate jdbc, String queryUrl, int repeats) throws InterruptedException {
        report.line("");
        report.line("## Audit checks (background jobs; events/s from the job's own timestamps)");
        report.line("| check | events | seconds | events/s | / scan |");
        report.line("|---|---|---|---|---|");
        job(report, queryUrl, "verify", "/api/v1/audit/verify", "{}");
        job(report, queryUrl, "heads", "/api/v1/audit/heads", "");
        job(report, queryUrl, "replay-check", "/api/v1/audit/replay-check", "");

        String largest = jdbc.queryForObject("""
                SELECT aggregate_identifier FROM domain_event_entry
                WHERE type IS NOT NULL AND aggregate_identifier NOT LIKE 'bench-%'
                GROUP BY aggregate_identifier ORDER BY count(*) DESC LIMIT 1""", String.class);
        long events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, largest);
        report.line("");
        report.line("## One convention: " + largest + " (" + events + " events), " + repeats
                + " sequential requests each");
        report.line("| request | p50 | p99 |");
        report.line("|---|---|---|");
        String at = Instant.now().toString();
        latencies(report, "verify-one", "verify of one convention",
                () -> Http.post(queryUrl + "/api/v1/audit/verify?conventionId=" + largest, AUDITOR, "{}"), repeats);
        for (String view : new String[] {"overview", "communes", "perimeters", "action-progress", "indicators"}) {
            latencies(report, "as-of-" + view, "as-of " + view,
                    () -> Http.get(queryUrl + "/api/v1/audit/conventions/" + largest + "/as-of/" + view + "?at=" + at,
                            AUDITOR), repeats);
        }
    }

    /**
     * {@code repeats} sequential requests after three discarded ones, p50 and p99 into the report (as
     * {@code key-p50}, {@code key-p99}) and a table row; an answer other than 200 stops the run.
     */
    static void latencies(Report report, String key, String label, Supplier<String[]> request, int repeats) {
        Latencies latencies = new Latencies();
        for (int i = 0; i < repeats + 3; i++) {
            long start = System.nanoTime();
            String[] answer = request.get();
            if (!answer[0].equals("200")) {
                throw new IllegalStateException(label + " -> " + answer[0] + " " + answer[1]);
            }
            if (i >= 3) { // three discarded: the first requests compile the path
                latencies.add(System.nanoTime() - start);
            }
        }
        double p99 = latencies.percentileMillis(99);
        report.figures.put(key + "-p50", latencies.percentileMillis(50));
        report.figures.put(key + "-p99", p99);
        report.line(String.format("| %s | %s | %s |", label, Latencies.ms(latencies.percentileMillis(50)),
                Latencies.ms(p99)));
    }

    private static void job(Report report, String queryUrl, String kind, String path, String body)
            throws InterruptedException {
        String[] started = Http.post(queryUrl + path, AUDITOR, body);
        if (!started[0].equals("202")) {
            throw new IllegalStateException(kind + " -> " + started[0] + " " + started[1]);
        }
        String location = read(started[1]).path("id").asText();
        JsonNode job;
        long deadline = System.nanoTime() + Duration.ofHours(1).toNanos();
        do {
            Thread.sleep(100);
            job = read(Http.get(queryUrl + "/api/v1/audit/jobs/" + location, AUDITOR)[1]);
        } while (job.path("status").asText().equals("running") && System.nanoTime() < deadline);
        if (!job.path("status").asText().equals("done")) {
            throw new IllegalStateException(kind + " job ended " + job);
        }
        double seconds = Duration.between(Instant.parse(job.path("startedAt").asText()),
                Instant.parse(job.path("finishedAt").asText())).toNanos() / 1e9;
        long events = job.path("eventsDone").asLong();
        double rate = events / seconds;
        report.figures.put(kind, rate);
        report.line(String.format("| %s (%s) | %d | %.2f | %.0f | %.2f |", kind, outcome(job), events, seconds, rate,
                rate / report.figures.getOrDefault("scan", Double.NaN)));
    }

    private static String outcome(JsonNode job) {
        JsonNode status = job.path("result").path("status");
        return status.isMissingNode() ? "done" : status.asText();
    }

    private static JsonNode read(String body) {
        try {
            return Bench.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
