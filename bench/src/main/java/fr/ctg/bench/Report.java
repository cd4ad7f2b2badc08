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
        line("| target | measured | goal | the stack alone (doing no work of this service) |");
        line("|---|---|---|---|");
        ratio("append at 8 clients / JDBC limit", "append-8", "jdbc-8", 0.5,
                "append-ceiling", "a request refused at once", "append-ceiling-refused");
        ratio("rebuild / JDBC scan limit", "rebuild-tuned", "scan", 0.4,
                "rebuild-ceiling", "one processor", "rebuild-ceiling-one");
        ratio("rebuild / Axon defaults", "rebuild-tuned", "rebuild-defaults", 10, null, null, null);
        line(String.format("| perimeter view p99 at 200 req/s | %.2f ms | < 10 ms | %.2f ms |",
                figures.getOrDefault("read-p99", Double.NaN), figures.getOrDefault("read-ceiling-p99", Double.NaN)));
    }

    /**
     * The measured ratio, its goal and, where they were measured, the ratios the stack itself allows at most: the
     * ceiling of this service's design, then another for comparison ({@code otherLabel}).
     */
    private void ratio(String name, String numerator, String denominator, double goal, String ceiling,
                       String otherLabel, String otherCeiling) {
        double base = figures.getOrDefault(denominator, Double.NaN);
        double r = figures.getOrDefault(numerator, Double.NaN) / base;
        String most = ceiling == null ? "" : String.format("%.2f (%s: %.2f)",
                figures.getOrDefault(ceiling, Double.NaN) / base, otherLabel,
                figures.getOrDefault(otherCeiling, Double.NaN) / base);
        line(String.format("| %s | %.2f | >= %s | %s |", name, r, goal, most));
    }

    void write() throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println("written to " + out);
    }
}
