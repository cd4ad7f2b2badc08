package fr.ctg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        int pgPort = freePort();
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
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--ctg.embedded.data-dir=" + workDir.resolve("postgres").toAbsolutePath(),
                "--ctg.embedded.port=" + pgPort,
                "--ctg.security.initial-admin-file=" + workDir.resolve("admin-password").toAbsolutePath()));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("service.log").toFile()).start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(600);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service exited with " + process.exitValue() + "; see "
                            + workDir.resolve("service.log"));
                }
                if (Http.get("http://127.0.0.1:" + port + "/actuator/health", null)[0].equals("200")) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    double cpu = process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1e3;
                    return new double[] {seconds, cpu};
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("not healthy within 600 s; see " + workDir.resolve("service.log"));
        } finally {
            // SIGTERM: the service stops itself, then its PostgreSQL, as an operator's stop does.
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
