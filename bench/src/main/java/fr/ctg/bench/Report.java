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
        line("| target | measured | goal |");
        line("|---|---|---|");
        ratio("append at 8 clients / JDBC limit", "append-8", "jdbc-8", 0.5);
        ratio("rebuild / JDBC scan limit", "rebuild-tuned", "scan", 0.4);
        ratio("rebuild / Axon defaults", "rebuild-tuned", "rebuild-defaults", 10);
        line(String.format("| perimeter view p99 at 200 req/s | %.2f ms | < 10 ms |", figures.getOrDefault("read-p99", Double.NaN)));
    }

    private void ratio(String name, String numerator, String denominator, double goal) {
        double r = figures.getOrDefault(numerator, Double.NaN) / figures.getOrDefault(denominator, Double.NaN);
        line(String.format("| %s | %.2f | >= %s |", name, r, goal));
    }

    void write() throws IOException {
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.out.println("written to " + out);
    }
}
