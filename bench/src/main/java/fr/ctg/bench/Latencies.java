package fr.ctg.bench;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Latency samples in nanoseconds; percentiles by nearest rank. */
final class Latencies {

    private final ConcurrentLinkedQueue<Long> samples = new ConcurrentLinkedQueue<>();

    void add(long nanos) {
        samples.add(nanos);
    }

    void addAll(Latencies other) {
        samples.addAll(other.samples);
    }

    int count() {
        return samples.size();
    }

    double percentileMillis(double p) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(rank, sorted.length - 1))] / 1e6;
    }

    static String ms(double millis) {
        return String.format("%.2f ms", millis);
    }

    @Override
    public String toString() {
        return Arrays.toString(new double[] {percentileMillis(50), percentileMillis(99)});
    }
}
