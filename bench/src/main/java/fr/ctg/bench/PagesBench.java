package fr.ctg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The dashboard's pages of the largest convention (the most communes) and its annual report, as users get them: the
 * all-in-one application ({@code app/target/ctg-app.jar}) as a child process on the bench's own PostgreSQL, signed
 * in through the sign-in form. Each page at a fixed 20 requests a second (latency from each request's scheduled
 * time, after a warm-up of sequential requests that is not counted); the annual report in every format and the printed pages (PDF) as
 * sequential requests.
 * <p>
 * The bench's command and query sides are closed before: the application runs the same processors (the same
 * processing groups and tokens), so with both running they would share the segments and the bench's JVM would do
 * projection work meanwhile; alone, the application is measured as it is deployed.
 */
final class PagesBench {

    static final int PER_SECOND = 20;
    private static final java.time.Duration DOCUMENT = java.time.Duration.ofSeconds(120);

    /** A page and the session that reads it; {@code ofTheConvention} pages make the overall figure. */
    private record Page(String name, String path, PageSession session, boolean ofTheConvention) {
    }

    private record Largest(String conventionId, int communes, String inseeCode, String actionId) {
    }

    private PagesBench() {
    }

    /**
     * @param only       the names of the pages to measure (all when empty): to profile one page
     * @param jvmOptions options of the service's JVM, e.g. a flight recording of the service under this load
     * @param repeats    sequential requests of each document; 0 measures no document
     */
    static void run(Report report, Path appJar, Path workDir, String jdbcUrl, JdbcTemplate jdbc,
                    List<String> settings, int warmupSeconds, int seconds, int repeats, List<String> only,
                    List<String> jvmOptions) throws Exception {
        report.line("");
        report.line("## The largest convention's dashboard pages and annual report (" + appJar.getFileName()
                + " as a child process on the bench's PostgreSQL)");
        if (!Files.exists(appJar)) {
            report.line("(not measured: " + appJar + " is missing; ./mvnw -pl app -am package -DskipTests)");
            return;
        }
        Bench.deleteRecursively(workDir);
        Files.createDirectories(workDir);
        List<String> app = new ArrayList<>(List.of("--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--ctg.security.bcrypt-strength=4",
                "--ctg.security.initial-admin-file=" + workDir.resolve("admin-password").toAbsolutePath(),
                // No rebuild of its own: the views are the bench's, and a rebuild would run under the pages.
                "--ctg.query.rebuild.on-startup=false"));
        settings.forEach(setting -> app.add("--" + setting));
        Path log = workDir.resolve("service.log");
        long start = System.nanoTime();
        List<String> launch = new ArrayList<>(jvmOptions);
        launch.addAll(List.of("-jar", appJar.toAbsolutePath().toString()));
        try (AppProcess service = AppProcess.launch(launch, log, app)) {
            service.awaitHealthy(600);
            double healthy = (System.nanoTime() - start) / 1e9;
            RebuildBench.awaitNoRebuild(report, service.url);
            double caughtUp = awaitCaughtUp(service.url, TimeUnit.HOURS.toSeconds(1));
            report.line(String.format("healthy after %.1f s, every view at the store's head %.1f s later; log %s",
                    healthy, caughtUp, log));
            Largest largest = largest(jdbc);
            PageSession coordinator = PageSession.signIn(service.url, Bench.COORDINATOR);
            // The history is the auditors' page.
            PageSession auditor = PageSession.signIn(service.url, AuditBench.AUDITOR);
            // The documents first: a page that cannot keep up with the rate (the to-do list of a coordinator of
            // every convention) leaves the service working off requests its clients gave up on.
            int year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
            if (repeats > 0) {
                documents(report, largest, year, coordinator, auditor, repeats);
            }
            pages(report, largest, coordinator, auditor, warmupSeconds, seconds, only);
        }
    }

    private static void pages(Report report, Largest largest, PageSession coordinator, PageSession auditor,
                              int warmupSeconds, int seconds, List<String> only) throws InterruptedException {
        String base = "/ui/conventions/" + largest.conventionId();
        List<Page> pages = List.of(
                new Page("overview", base, coordinator, true),
                new Page("communes (list)", base + "/communes", coordinator, true),
                new Page("one commune", base + "/communes/" + largest.inseeCode(), coordinator, true),
                new Page("perimeters", base + "/perimeters", coordinator, true),
                new Page("EPCI", base + "/epci", coordinator, true),
                new Page("plan in force", base + "/plan", coordinator, true),
                new Page("action plan (progress)", base + "/actions", coordinator, true),
                new Page("one action", base + "/actions/" + largest.actionId(), coordinator, true),
                new Page("meetings", base + "/meetings", coordinator, true),
                new Page("annual reports (years)", base + "/rapport-annuel", coordinator, true),
                new Page("history (auditor)", base + "/history", auditor, true),
                new Page("to-do (every convention of the coordinator)", "/ui/a-faire", coordinator, false),
                new Page("conventions (every convention)", "/ui", coordinator, false))
                .stream().filter(page -> only.isEmpty() || only.contains(page.name())).toList();
        report.line("");
        report.line(String.format("### Pages of %s (%d communes), coordinator's session, each %d s at %d req/s "
                + "after %d s of warm-up", largest.conventionId(), largest.communes(), seconds, PER_SECOND,
                warmupSeconds));
        report.line("| page | path | p50 | p99 | samples | non-200 answers |");
        report.line("|---|---|---|---|---|---|");
        Latencies overall = new Latencies();
        long failedOverall = 0;
        double worst = 0;
        for (Page page : pages) {
            AtomicReference<String> firstFailure = new AtomicReference<>();
            java.util.function.Supplier<String[]> request = () -> {
                String[] answer = page.session().get(page.path());
                if (!"200".equals(answer[0])) {
                    firstFailure.compareAndSet(null, answer[0] + " " + excerpt(answer[1]));
                }
                return answer;
            };
            // Discarded: the first requests of a page run interpreted code and fill the caches. One at a time, so
            // that a cold page on a busy machine does not pile up a backlog the measurement would then inherit.
            long warmEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
            while (System.nanoTime() < warmEnd) {
                request.get();
            }
            firstFailure.set(null);
            Latencies latencies = new Latencies();
            AtomicLong failed = new AtomicLong();
            ReadBench.atFixedRate(PER_SECOND, seconds, request, latencies, failed);
            double p99 = latencies.percentileMillis(99);
            if (page.ofTheConvention()) {
                overall.addAll(latencies);
                failedOverall += failed.get();
                worst = Math.max(worst, p99);
            }
            report.line(String.format("| %s | `%s` | %s | %s | %d | %s |", page.name(), page.path(),
                    Latencies.ms(latencies.percentileMillis(50)), Latencies.ms(p99), latencies.count(),
                    failed.get() == 0 ? "0" : "**FAILED: " + failed.get() + " (first: " + firstFailure.get() + ")**"));
        }
        report.figures.put("pages-p50", overall.percentileMillis(50));
        report.figures.put("pages-p99", overall.percentileMillis(99));
        report.figures.put("pages-worst-p99", worst);
        report.figures.put("pages-failed", (double) failedOverall);
        report.line(String.format("| **every page of the convention above (not the last two)** | | %s | %s | %d | %s |",
                Latencies.ms(overall.percentileMillis(50)), Latencies.ms(overall.percentileMillis(99)),
                overall.count(), failedOverall == 0 ? "0" : "**FAILED: " + failedOverall + "**"));
    }

    /** The annual report in each of its formats and the printed pages: sequential requests, p50/p99 each. */
    private static void documents(Report report, Largest largest, int year, PageSession coordinator,
                                  PageSession auditor, int repeats) {
        String base = "/ui/conventions/" + largest.conventionId();
        report.line("");
        report.line("### Annual report " + year + " (the current year: drawn from the live views) and printed pages "
                + "of " + largest.conventionId() + ", " + repeats + " sequential requests each");
        report.line("| document | p50 | p99 |");
        report.line("|---|---|---|");
        for (String format : new String[] {"json", "html", "ods", "pdf"}) {
            AuditBench.latencies(report, "report-" + format, "annual report, " + format,
                    () -> coordinator.get(base + "/reports/" + year + "?format=" + format, DOCUMENT), repeats);
        }
        AuditBench.latencies(report, "route-pdf", "the route, printed (PDF)",
                () -> coordinator.get(base + "/route/pdf", DOCUMENT), repeats);
        AuditBench.latencies(report, "history-pdf", "the history, printed (PDF, auditor)",
                () -> auditor.get(base + "/history/pdf", DOCUMENT), repeats);
    }

    /**
     * The fixture's convention with the most communes (nationally the EPCI of 158), one of its communes and actions;
     * the view also holds the EPCI's own council, which is not a commune.
     */
    private static Largest largest(JdbcTemplate jdbc) {
        Map<String, Object> row = jdbc.queryForMap("""
                SELECT convention_id, count(*) AS communes, min(insee_code) AS insee_code FROM commune_approval
                WHERE convention_id LIKE 'ctg-%' AND kind = 'COMMUNE' GROUP BY convention_id
                ORDER BY count(*) DESC, convention_id LIMIT 1""");
        String id = (String) row.get("convention_id");
        String action = jdbc.queryForObject(
                "SELECT action_id FROM action_progress WHERE convention_id = ? ORDER BY ordinal LIMIT 1",
                String.class, id);
        return new Largest(id, ((Number) row.get("communes")).intValue(), (String) row.get("insee_code"), action);
    }

    /**
     * Waits until every view's processor runs at the store's head ({@code /actuator/health}'s details, as the
     * administrator): when the bench's query side has not run, the application's processors build the views first.
     * Seconds waited.
     */
    private static double awaitCaughtUp(String url, long maxSeconds) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        JsonNode processors = null;
        while (System.nanoTime() < deadline) {
            String[] health = Http.get(url + "/actuator/health", Bench.ADMIN);
            processors = read(health[1]).path("components").path("readModels").path("details").path("processors");
            if (processors.isEmpty()) {
                throw new IllegalStateException("no processors in /actuator/health: " + health[0] + " " + health[1]);
            }
            boolean atHead = true;
            for (JsonNode processor : processors) {
                atHead &= processor.path("running").asBoolean() && processor.path("lag").asLong(-1) == 0;
            }
            if (atHead) {
                return (System.nanoTime() - start) / 1e9;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the views did not reach the store's head within " + maxSeconds + " s: "
                + processors);
    }

    private static JsonNode read(String body) {
        try {
            return Bench.JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static String excerpt(String body) {
        String flat = body.replaceAll("\\s+", " ").replace('|', '/');
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
