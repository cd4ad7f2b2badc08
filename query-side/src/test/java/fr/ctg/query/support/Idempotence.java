package fr.ctg.query.support;

import fr.ctg.query.processing.ReadModel;
import org.axonframework.eventhandling.TrackedEventMessage;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** At-least-once delivery: handling events again, all of them or a redelivered tail, must leave the tables as they are. */
public final class Idempotence {

    private Idempotence() {
    }

    public static void assertRedeliveryChangesNothing(ReadModel projection, List<TrackedEventMessage<?>> events) {
        ReadModelDatabase.clear(projection.tables());
        History.deliver(projection, events);
        Map<String, List<String>> once = ReadModelDatabase.snapshot(projection.tables());
        assertThat(once.values()).allSatisfy(rows -> assertThat(rows).isNotEmpty());

        History.deliver(projection, events);
        assertThat(ReadModelDatabase.snapshot(projection.tables())).isEqualTo(once);

        for (int from = events.size() - 1; from >= 0; from -= 3) {
            History.deliver(projection, events.subList(from, events.size()));
            assertThat(ReadModelDatabase.snapshot(projection.tables())).isEqualTo(once);
        }
    }

    /**
     * A processor sends a batch's writes at its commit: the tables must end as when each event is handled alone,
     * also when the batch redelivers events already handled (a tail replayed after a crash, in one batch).
     */
    public static void assertOneBatchEndsAsOneByOne(ReadModel projection, List<TrackedEventMessage<?>> events) {
        ReadModelDatabase.clear(projection.tables());
        History.deliver(projection, events);
        Map<String, List<String>> oneByOne = ReadModelDatabase.snapshot(projection.tables());

        for (int handledBefore = 0; handledBefore < events.size(); handledBefore++) {
            ReadModelDatabase.clear(projection.tables());
            History.deliver(projection, events.subList(0, handledBefore));
            History.deliverInOneBatch(projection, events);
            assertThat(ReadModelDatabase.snapshot(projection.tables())).as("%d events handled before the batch",
                    handledBefore).isEqualTo(oneByOne);
        }
    }

    /** Both properties over the fixed history of every new event of the route ({@link SharedFold#fixed()}). */
    public static void assertTheLegalRouteIsHandledOnceWhateverTheDelivery(ReadModel projection) {
        List<TrackedEventMessage<?>> events = SharedFold.asHistory(SharedFold.fixed()).events();
        assertRedeliveryChangesNothing(projection, events);
        assertOneBatchEndsAsOneByOne(projection, events);
    }
}
