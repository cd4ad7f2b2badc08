package fr.ctg.query.rebuild;

import java.util.List;

/** The last rebuild as a whole: done is what every processor has passed, the rate that of the slowest. */
public record RebuildProgress(boolean running, long eventsDone, long eventsTotal, double eventsPerSecond,
                              List<ProcessorRebuild> processors) {

    static RebuildProgress of(List<ProcessorRebuild> processors) {
        boolean running = processors.stream().anyMatch(p -> !p.finished());
        long done = processors.stream().mapToLong(ProcessorRebuild::eventsDone).min().orElse(0);
        long total = processors.stream().mapToLong(ProcessorRebuild::eventsTotal).max().orElse(0);
        double rate = processors.stream().mapToDouble(ProcessorRebuild::eventsPerSecond).min().orElse(0);
        return new RebuildProgress(running, done, total, rate, processors);
    }
}
