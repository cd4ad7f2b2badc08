package fr.ctg.query.rebuild;

import java.time.Instant;

/**
 * One processor's rebuild: events done out of the total to replay (global positions, which count events as long as
 * the store's index has no holes) and the replay rate since it started.
 */
public record ProcessorRebuild(String processor, boolean finished, long eventsDone, long eventsTotal,
                               double eventsPerSecond, Instant startedAt, Instant finishedAt) {
}
