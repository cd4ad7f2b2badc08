package fr.ctg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Time to healthy of the all-in-one service on its embedded default, as an operator starts it: a child process
 * ({@code java -jar app/target/ctg-app.jar}) until {@code /actuator/health} answers 200 on loopback; a first start
 * (PostgreSQL's initdb and every migration) and a restart on the same data. Beside each time, the CPU the service's
 * JVM used until then (PostgreSQL's processes not included): on a shared machine the seconds follow the load, the
 * CPU much less. With {@code --cds=DIR} (made by {@code scripts/cds.sh}), restarts on the same data from the
 * extracted jar without and then with its class data sharing archive, in the same run.
 */
final class StartupBench {

    private StartupBench() {
    }

    static void run(Report report, Path appJar, Path workDir, Path cds) throws Exception {
        report.line("");
        report.line("## Start-up of " + appJar.getFileName() + " on its embedded default (child process)");
        report.line("| start | seconds to healthy | service JVM CPU seconds until then |");
        report.line("|---|---|---|");
        if (!Files.exists(appJar)) {
            report.line("| (not measured: " + appJar + " is missing; ./mvnw -pl app -am package -DskipTests) | | |");
            return;
        }
        Bench.deleteRecursively(workDir);
        Files.createDirectories(workDir);
        int pgPort = AppProcess.freePort();
        List<String> plain = List.of("-jar", appJar.toAbsolutePath().toString());
        measure(report, "startup-first", "first (initdb, migrations)", plain, workDir, pgPort);
        measure(report, "startup", "restart on the same data", plain, workDir, pgPort);
        if (cds != null) {
            Path extracted = cds.resolve(appJar.getFileName()).toAbsolutePath();
            Path archive = cds.resolve(appJar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"))
                    .toAbsolutePath();
            if (!Files.exists(extracted) || !Files.exists(archive)) {
                report.line("| (CDS not measured: no " + extracted + " or " + archive + "; scripts/cds.sh) | | |");
                return;
            }
            measure(report, "startup-extracted", "restart, extracted jar", List.of("-jar", extracted.toString()),
                    workDir, pgPort);
            // -Xshare:on: a stale or mismatched archive fails the start instead of being silently ignored.
            measure(report, "startup-cds", "restart, extracted jar with its CDS archive",
                    List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-jar", extracted.toString()),
                    workDir, pgPort);
        }
    }

    private static void measure(Report report, String key, String label, List<String> launch, Path workDir,
                                int pgPort) throws Exception {
        double[] measured = timeToHealthy(launch, workDir, pgPort);
        report.figures.put(key, measured[0]);
        report.figures.put(key + "-cpu", measured[1]);
        report.line(String.format("| %s | %.1f | %.1f |", label, measured[0], measured[1]));
    }

    /** Seconds to healthy and the service JVM's CPU seconds at that moment. */
    private static double[] timeToHealthy(List<String> launch, Path workDir, int pgPort) throws Exception {
        long start = System.nanoTime();
        try (AppProcess app = AppProcess.launch(launch, workDir.resolve("service.log"), List.of(
                "--ctg.embedded.data-dir=" + workDir.resolve("postgres").toAbsolutePath(),
                "--ctg.embedded.port=" + pgPort,
                "--ctg.security.initial-admin-file=" + workDir.resolve("admin-password").toAbsolutePath()))) {
            app.awaitHealthy(600);
            return new double[] {(System.nanoTime() - start) / 1e9, app.cpuSeconds()};
        }
    }
}
