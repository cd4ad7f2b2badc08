package fr.ctg.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Time to healthy of the all-in-one service on its embedded default, as an operator starts it: a child process
 * ({@code java -jar app/target/ctg-app.jar}) until {@code /actuator/health} answers 200 on loopback; a first start
 * (PostgreSQL's initdb and every migration) and a restart on the same data.
 */
final class StartupBench {

    private StartupBench() {
    }

    static void run(Report report, Path appJar, Path workDir) throws Exception {
        report.line("");
        report.line("## Start-up of " + appJar.getFileName() + " on its embedded default (child process)");
        report.line("| start | seconds to healthy |");
        report.line("|---|---|");
        if (!Files.exists(appJar)) {
            report.line("| (not measured: " + appJar + " is missing; ./mvnw -pl app -am package -DskipTests) | |");
            return;
        }
        Bench.deleteRecursively(workDir);
        Files.createDirectories(workDir);
        int pgPort = AppProcess.freePort();
        double first = timeToHealthy(appJar, workDir, pgPort);
        double again = timeToHealthy(appJar, workDir, pgPort);
        report.figures.put("startup-first", first);
        report.figures.put("startup", again);
        report.line(String.format("| first (initdb, migrations) | %.1f |", first));
        report.line(String.format("| restart on the same data | %.1f |", again));
    }

    private static double timeToHealthy(Path appJar, Path workDir, int pgPort) throws Exception {
        long start = System.nanoTime();
        try (AppProcess app = AppProcess.start(appJar, workDir.resolve("service.log"), List.of(
                "--ctg.embedded.data-dir=" + workDir.resolve("postgres").toAbsolutePath(),
                "--ctg.embedded.port=" + pgPort,
                "--ctg.security.initial-admin-file=" + workDir.resolve("admin-password").toAbsolutePath()))) {
            app.awaitHealthy(300);
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
