package fr.ctg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        int pgPort = freePort();
        double first = timeToHealthy(appJar, workDir, pgPort);
        double again = timeToHealthy(appJar, workDir, pgPort);
        report.figures.put("startup-first", first);
        report.figures.put("startup", again);
        report.line(String.format("| first (initdb, migrations) | %.1f |", first));
        report.line(String.format("| restart on the same data | %.1f |", again));
    }

    private static double timeToHealthy(Path appJar, Path workDir, int pgPort) throws Exception {
        int port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", appJar.toAbsolutePath().toString(), "--server.port=" + port, "--server.address=127.0.0.1",
                "--ctg.embedded.data-dir=" + workDir.resolve("postgres").toAbsolutePath(),
                "--ctg.embedded.port=" + pgPort,
                "--ctg.security.initial-admin-file=" + workDir.resolve("admin-password").toAbsolutePath());
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(workDir.resolve("service.log").toFile()).start();
        try {
            long deadline = start + TimeUnit.SECONDS.toNanos(300);
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the service exited with " + process.exitValue() + "; see "
                            + workDir.resolve("service.log"));
                }
                if (Http.get("http://127.0.0.1:" + port + "/actuator/health", null)[0].equals("200")) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("not healthy within 300 s; see " + workDir.resolve("service.log"));
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
