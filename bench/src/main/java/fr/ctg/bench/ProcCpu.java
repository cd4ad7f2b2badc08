package fr.ctg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time from /proc (Linux): the services' (this JVM without the load generator's threads) and PostgreSQL's (the
 * postmaster, its live children, and the children it has reaped). The services run in the harness's JVM, so the
 * load generator's threads are named ({@code bench-load-*}, {@code bench-http-*}, the HTTP client's
 * {@code HttpClient-*} selector) and their CPU taken out; the garbage collector's work for the load generator's
 * allocations stays in the services' figure, which is then slightly high.
 */
final class ProcCpu {

    /** Clock ticks per second of /proc's times: 100 on every Linux the harness runs on (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long postmasterPid;

    ProcCpu(Path dataDir) throws IOException {
        this.postmasterPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
    }

    /** CPU seconds so far: the services', PostgreSQL's. */
    record Sample(double service, double postgres) {

        Sample minus(Sample earlier) {
            return new Sample(service - earlier.service, postgres - earlier.postgres);
        }
    }

    Sample sample() {
        double process = ticks(Path.of("/proc/self/stat"), false);
        double loadGenerator = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : tasks.toList()) {
                String comm = read(task.resolve("comm")).trim();
                if (comm.startsWith("bench-load") || comm.startsWith("bench-http") || comm.startsWith("HttpClient")) {
                    loadGenerator += ticks(task.resolve("stat"), false);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        double postgres = ticks(Path.of("/proc/" + postmasterPid + "/stat"), true);
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path child : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] fields = fields(child.resolve("stat"));
                if (fields != null && Long.parseLong(fields[1]) == postmasterPid) {
                    postgres += (Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Sample((process - loadGenerator) / TICKS_PER_SECOND, postgres / TICKS_PER_SECOND);
    }

    /** utime + stime (and the reaped children's when {@code children}), in ticks. */
    private static double ticks(Path stat, boolean children) {
        String[] f = fields(stat);
        if (f == null) {
            return 0;
        }
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        if (children) {
            ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
        }
        return ticks;
    }

    /** The fields after the command name (field 3, state, is [0]); null when the process has gone. */
    private static String[] fields(Path stat) {
        String line = read(stat);
        if (line.isEmpty()) {
            return null;
        }
        return line.substring(line.lastIndexOf(')') + 2).split(" ");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | RuntimeException gone) {
            return "";
        }
    }
}
