package fr.ctg.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Counts events appended to the store, by type. An event is published to the store inside the unit of work of its
 * command; it is counted once that unit of work commits, so the events of a refused command are not counted.
 */
class EventMetrics implements MessageDispatchInterceptor<EventMessage<?>> {

    static final String NAME = "ctg.events.appended";

    private final MeterRegistry registry;

    EventMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
        return (index, event) -> {
            Counter counter = Counter.builder(NAME)
                    .description("Events appended to the event store, by type")
                    .tag("type", event.getPayloadType().getSimpleName())
                    .register(registry);
            if (CurrentUnitOfWork.isStarted()) {
                CurrentUnitOfWork.get().afterCommit(u -> counter.increment());
            } else {
                counter.increment();
            }
            return event;
        };
    }
}
