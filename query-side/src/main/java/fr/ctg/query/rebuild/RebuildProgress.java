package fr.ctg.query.rebuild;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The last rebuild as a whole: done is what every processor has passed, the rate that of the slowest. It started
 * when its latest processor started (a rebuild of one view comes after the last rebuild of all) and finished when
 * the last of them finished: {@code finishedAt} is null while one still runs.
 */
public record RebuildProgress(boolean running, long eventsDone, long eventsTotal, double eventsPerSecond,
                              Instant startedAt, Instant finishedAt, List<ProcessorRebuild> processors) {

    static RebuildProgress of(List<ProcessorRebuild> processors) {
        boolean running = processors.stream().anyMatch(p -> !p.finished());
        long done = processors.stream().mapToLong(ProcessorRebuild::eventsDone).min().orElse(0);
        long total = processors.stream().mapToLong(ProcessorRebuild::eventsTotal).max().orElse(0);
        double rate = processors.stream().mapToDouble(ProcessorRebuild::eventsPerSecond).min().orElse(0);
        Instant startedAt = latest(processors.stream().map(ProcessorRebuild::startedAt).toList());
        Instant finishedAt = running ? null : latest(processors.stream().map(ProcessorRebuild::finishedAt).toList());
        return new RebuildProgress(running, done, total, rate, startedAt, finishedAt, processors);
    }

    private static Instant latest(List<Instant> instants) {
        return instants.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
