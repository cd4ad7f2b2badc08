package fr.ctg.query.processing;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * {@code /actuator/health} component "readModels": the event store head and, per processor, whether it runs, its
 * position and its lag. A processor in error (a projection failing on an event, retried) makes it DOWN; lag alone
 * does not, since catching up is normal.
 */
@Component("readModels")
class ReadModelsHealthIndicator implements HealthIndicator {

    private final ProcessorHealth health;

    ReadModelsHealthIndicator(ProcessorHealth health) {
        this.health = health;
    }

    @Override
    public Health health() {
        long head = health.head();
        Map<String, ProcessorHealth.ProcessorState> states = health.states();
        boolean error = states.values().stream().anyMatch(ProcessorHealth.ProcessorState::error);
        return (error ? Health.down() : Health.up())
                .withDetail("eventStoreHead", head)
                .withDetail("processors", states)
                .build();
    }
}
