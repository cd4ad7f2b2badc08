package fr.ctg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The perimeter view read at a fixed 200 requests per second (latency counted from each request's scheduled time, so
 * a stall is not hidden) while four clients apply commands at a fixed 40 per second in all; the projection lag is,
 * for every tenth command, the time from its answer until the view answers for its position. A warm-up at the same
 * rates comes first and is not counted.
 */
final class ReadBench {

    /**
     * Four writers apply 10 commands a second each by default: a busy day's edits across a department, not a flood.
     * Another rate ({@code --read-writes-per-second}) shows how much of the read tail the writes cause.
     */
    static final int WRITES_PER_SECOND = 40;

    private ReadBench() {
    }

    private static void pace(long due) {
        long wait = due - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void run(Report report, String commandUrl, String queryUrl, List<NationalFixture.Epci> epcis,
                    List<String> writers, int writesPerSecond, int warmupSeconds, int seconds)
            throws InterruptedException {
        long writeInterval = writesPerSecond == 0 ? 0 : 4 * 1_000_000_000L / writesPerSecond;
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicBoolean measuring = new AtomicBoolean(false);
        Latencies lag = new Latencies();
        AtomicLong applied = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (String id : writers.subList(0, writesPerSecond == 0 ? 0 : 4)) {
            Thread writer = new Thread(() -> {
                long begin = System.nanoTime();
                for (long i = 0; writing.get(); i++) {
                    pace(begin + i * writeInterval);
                    String[] answer = Http.post(commandUrl + "/api/v1/conventions/" + id + "/actions/pe-02/status",
                            Bench.COORDINATOR, "{\"status\":\"IN_PROGRESS\",\"on\":\"2024-03-01\",\"note\":\"read\"}");
                    long answeredAt = System.nanoTime();
                    if (measuring.get()) {
                        applied.incrementAndGet();
                    }
                    if (i % 10 == 0 && answer[0].startsWith("2") && measuring.get()) {
                        long position = positionOf(answer[1]);
                        String[] view = Http.get(queryUrl + "/api/v1/conventions/" + id + "/perimeters?minPosition="
                                + position, Bench.READER);
                        if ("200".equals(view[0])) {
                            lag.add(System.nanoTime() - answeredAt);
                        }
                    }
                }
            });
            threads.add(writer);
            writer.start();
        }
        // Discarded, as a JMH warm-up is: the read path's first seconds run interpreted code and wait for the JIT.
        Supplier<String> perimeters = () -> queryUrl + "/api/v1/conventions/ctg-"
                + epcis.get(ThreadLocalRandom.current().nextInt(epcis.size())).siren() + "/perimeters";
        read(perimeters, Bench.READER, warmupSeconds, new Latencies(), new AtomicLong());
        measuring.set(true);
        Latencies reads = new Latencies();
        AtomicLong failed = new AtomicLong();
        read(perimeters, Bench.READER, seconds, reads, failed);
        // The same rate and writes, but the cheapest authenticated request of the query side: what the machine and
        // the stack allow a read at all, whatever the view.
        Latencies cheapest = new Latencies();
        AtomicLong cheapestFailed = new AtomicLong();
        read(() -> queryUrl + "/api/v1/admin/conventions/" + writers.get(0) + "/coordinators", Bench.ADMIN, seconds,
                cheapest, cheapestFailed);
        writing.set(false);
        for (Thread thread : threads) {
            thread.join(15_000);
        }
        report.figures.put("read-p99", reads.percentileMillis(99));
        report.line("");
        report.line("## Read (" + seconds + " s at 200 req/s after " + warmupSeconds + " s of warm-up, "
                + applied.get() + " commands applied meanwhile at " + writesPerSecond + "/s, over both reads below)");
        report.line("| what | p50 | p99 | samples |");
        report.line("|---|---|---|---|");
        report.line(String.format("| perimeter view | %s | %s | %d (%d failed) |", Latencies.ms(reads.percentileMillis(50)),
                Latencies.ms(reads.percentileMillis(99)), reads.count(), failed.get()));
        report.line(String.format("| the cheapest authenticated request (sign-in, one query), the same rate and "
                        + "writes: the stack's ceiling | %s | %s | %d (%d failed) |",
                Latencies.ms(cheapest.percentileMillis(50)), Latencies.ms(cheapest.percentileMillis(99)),
                cheapest.count(), cheapestFailed.get()));
        report.figures.put("read-ceiling-p99", cheapest.percentileMillis(99));
        report.line(String.format("| projection lag (command answer to view at its position) | %s | %s | %d |",
                Latencies.ms(lag.percentileMillis(50)), Latencies.ms(lag.percentileMillis(99)), lag.count()));
    }

    /** GETs the supplied URLs at 200 requests a second; latency from each scheduled time. */
    private static void read(Supplier<String> urls, String user, int seconds, Latencies reads,
                             AtomicLong failed) throws InterruptedException {
        atFixedRate(200, seconds, () -> Http.get(urls.get(), user), reads, failed);
    }

    /**
     * Sends {@code request} at a fixed rate for {@code seconds}, each from a pool so that a slow answer does not
     * delay the next; latency from each request's scheduled time. A status other than 200 is counted in
     * {@code failed}, never timed.
     */
    static void atFixedRate(int perSecond, int seconds, Supplier<String[]> request, Latencies reads,
                            AtomicLong failed) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / perSecond;
        int total = seconds * perSecond;
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            pace(scheduled);
            pool.submit(() -> {
                String[] view = request.get();
                if ("200".equals(view[0])) {
                    reads.add(System.nanoTime() - scheduled);
                } else {
                    failed.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            // Still queued a minute after the last was due: failed, not left out (an interrupted one counts itself).
            failed.addAndGet(pool.shutdownNow().size());
            pool.awaitTermination(15, TimeUnit.SECONDS);
        }
    }

    private static long positionOf(String body) {
        try {
            return Bench.JSON.readTree(body).path("position").asLong();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
