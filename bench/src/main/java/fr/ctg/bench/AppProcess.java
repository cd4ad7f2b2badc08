package fr.ctg.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The all-in-one service ({@code java -jar app/target/ctg-app.jar}) as a child process on loopback, its output in a
 * log file; stopped with SIGTERM, as an operator stops it.
 */
final class AppProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    final String url;

    private AppProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.url = "http://127.0.0.1:" + port;
    }

    /** Starts the jar on a free loopback port with these {@code --name=value} settings. */
    static AppProcess start(Path appJar, Path log, List<String> settings) throws IOException {
        return launch(List.of("-jar", appJar.toAbsolutePath().toString()), log, settings);
    }

    /**
     * Starts {@code java} with these launch arguments (JVM options, then {@code -jar} and a jar) on a free loopback
     * port with these {@code --name=value} settings.
     */
    static AppProcess launch(List<String> launch, Path log, List<String> settings) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(process, log, port);
    }

    /**
     * Waits until {@code /actuator/health} answers 200; the harness's own bounded wait (the service's tests use
     * Awaitility), failing at once if the service exits.
     */
    void awaitHealthy(int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            if (Http.get(url + "/actuator/health", null)[0].equals("200")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not healthy within " + maxSeconds + " s; see " + log);
    }

    /** The CPU seconds the service's JVM has used so far. */
    double cpuSeconds() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO).toMillis() / 1e3;
    }

    /** SIGTERM: the service stops itself (and its embedded PostgreSQL, if it runs one); killed after 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
