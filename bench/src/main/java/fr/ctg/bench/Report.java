package fr.ctg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prints each line as it comes and writes the whole table to a Markdown file at the end. */
final class Report {

    private final Path out;
    private final StringBuilder text = new StringBuilder();
    final Map<String, Double> figures = new LinkedHashMap<>();

    Report(Path out) {
        this.out = out;
    }

    void line(String line) {
        System.out.println(line);
        text.append(line).append('\n');
    }

    void ratios() {
        line("");
        line("## Against the targets (issue 21), this run");
        line("| target | measured | goal | the stack alone (doing no work of this service) |");
        line("|---|---|---|---|");
        ratio("verify / JDBC scan", "verify", "scan", ">= 0.5", null, null, null);
        ratio("heads / JDBC scan", "heads", "scan", "(no goal)", null, null, null);
        ratio("replay check / JDBC scan", "replay-check", "scan", ">= 0.3", null, null, null);
        value("one convention's verify p99", "verify-one-p99", "ms", "< 50 ms");
        ratio("one-pass rebuild / JDBC scan", "rebuild-tuned", "scan", ">= 0.3",
                "rebuild-ceiling", "one processor", "rebuild-ceiling-one");
        ratio("one-pass rebuild / Axon defaults", "rebuild-tuned", "rebuild-defaults", ">= 30", null, null, null);
        ratio("command CPU / cheapest authenticated request CPU", "cpu-command", "cpu-cheapest", "<= 2",
                null, null, null);
        for (String view : new String[] {"overview", "communes", "perimeters", "action-progress", "indicators"}) {
            value("as-of " + view + " p99 (largest convention)", "as-of-" + view + "-p99", "ms", "< 100 ms");
        }
        double failed = figures.getOrDefault("pages-failed", 0.0);
        line(String.format("| largest convention's dashboard pages p99 at 20 req/s (every page; the worst page) | "
                        + "%.2f ms; %.2f ms%s | < 50 ms | |", figures.getOrDefault("pages-p99", Double.NaN),
                figures.getOrDefault("pages-worst-p99", Double.NaN),
                failed > 0 ? String.format(" **FAILED: %.0f answers not 200**", failed) : ""));
        for (String format : new String[] {"json", "html", "ods", "pdf"}) {
            line(String.format("| the largest convention's annual report (%s), p50 / p99 | %.2f / %.2f ms | (no "
                            + "target given) | |", format, figures.getOrDefault("report-" + format + "-p50", Double.NaN),
                    figures.getOrDefault("report-" + format + "-p99", Double.NaN)));
        }
        value("time to healthy, embedded default (restart)", "startup", "s", "< 10 s (quiet machine)");
        value("service JVM CPU until healthy (restart)", "startup-cpu", "s", "(no goal)");
        value("time to healthy, embedded default (first start)", "startup-first", "s", "(no goal)");
        if (figures.containsKey("startup-cds")) {
            value("time to healthy, restart, extracted jar", "startup-extracted", "s", "(no goal)");
            value("service JVM CPU until healthy, extracted jar", "startup-extracted-cpu", "s", "(no goal)");
            value("time to healthy, restart, extracted jar with CDS", "startup-cds", "s", "< 10 s (quiet machine)");
            value("service JVM CPU until healthy, extracted jar with CDS", "startup-cds-cpu", "s", "(no goal)");
        }
        ratio("append at 8 clients / JDBC limit", "append-8", "jdbc-8", "(earlier goal 0.5)",
                "append-ceiling", "a request refused at once", "append-ceiling-refused");
        line(String.format("| perimeter view p99 at 200 req/s | %.2f ms | < 10 ms | %.2f ms |",
                figures.getOrDefault("read-p99", Double.NaN), figures.getOrDefault("read-ceiling-p99", Double.NaN)));
    }

    private void value(String name, String key, String unit, String goal) {
        line(String.format("| %s | %.2f %s | %s | |", name, figures.getOrDefault(key, Double.NaN), unit, goal));
    }

    /**
     * The measured ratio, its goal and, where they were measured, the ratios the stack itself allows at most: the
     * ceiling of this service's design, then another for comparison ({@code otherLabel}).
     */
    private void ratio(String name, String numerator, String denominator, String goal, String ceiling,
                       String otherLabel, String otherCeiling) {
        double base = figures.getOrDefault(denominator, Double.NaN);
        double r = figures.getOrDefault(numerator, Double.NaN) / base;
        String most = ceiling == null ? "" : String.format("%.2f (%s: %.2f)",
                figures.getOrDefault(ceiling, Double.NaN) / base, otherLabel,
                figures.getOrDefault(otherCeiling, Double.NaN) / base);
        line(String.format("| %s | %.2f | %s | %s |", name, r, goal, most));
    }

    void write() throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println("written to " + out);
    }
}
