package fr.ctg.query.web;

import fr.ctg.query.processing.ProcessorPositions;
import fr.ctg.query.processing.QueryProperties;
import fr.ctg.query.rebuild.ProcessorRebuild;
import fr.ctg.query.rebuild.RebuildState;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Lets a view answer only when it can answer right: never while it is being rebuilt, and, when the reader asks for
 * {@code minPosition}, only once the processor behind the view has handled that event (waiting a bounded time).
 */
@Component
public class ViewGate {

    private final ProcessorPositions positions;
    private final RebuildState rebuilds;
    private final QueryProperties properties;

    ViewGate(ProcessorPositions positions, RebuildState rebuilds, QueryProperties properties) {
        this.positions = positions;
        this.rebuilds = rebuilds;
        this.properties = properties;
    }

    public void await(String processor, Long minPosition) throws InterruptedException {
        if (minPosition != null && minPosition < 0) {
            throw QueryProblemException.badRequest("invalid-position", "minPosition must be 0 or more.");
        }
        Optional<ProcessorRebuild> rebuild = rebuilds.running(processor);
        if (rebuild.isPresent()) {
            throw rebuilding(rebuild.get());
        }
        if (minPosition == null || positions.reached(processor, minPosition)) {
            return;
        }
        if (minPosition > positions.head()) {
            // No event has that position yet: a position comes from a committed command's answer, so waiting for
            // it would hold a thread for the whole bound and then answer 503 for what is a client's mistake.
            throw QueryProblemException.badRequest("position-beyond-head",
                    "minPosition " + minPosition + " is beyond the last event stored; pass the position a command answered.");
        }
        long deadline = System.nanoTime() + properties.boundedWait().toNanos();
        while (!positions.reached(processor, minPosition)) {
            if (System.nanoTime() > deadline) {
                throw new ViewNotReadyException("view-not-caught-up",
                        "The view has not yet processed position " + minPosition + "; retry shortly.", 1,
                        Map.of("minPosition", minPosition, "processor", processor));
            }
            Thread.sleep(properties.pollInterval().toMillis());
        }
    }

    private static ViewNotReadyException rebuilding(ProcessorRebuild rebuild) {
        long left = rebuild.eventsTotal() - rebuild.eventsDone();
        long seconds = rebuild.eventsPerSecond() > 0
                ? (long) Math.ceil(left / rebuild.eventsPerSecond()) : Duration.ofSeconds(5).toSeconds();
        return new ViewNotReadyException("view-rebuilding",
                "The view is being rebuilt from the event store; it answers again once the rebuild is done.",
                Math.max(1, Math.min(seconds, 60)),
                Map.of("processor", rebuild.processor(), "eventsDone", rebuild.eventsDone(),
                        "eventsTotal", rebuild.eventsTotal()));
    }
}
