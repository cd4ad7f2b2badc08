package fr.ctg.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Command and event metrics of every deployment (Prometheus at {@code /actuator/prometheus}), and the operations
 * defaults: liveness and readiness health groups.
 * <ul>
 *     <li>{@code ctg.commands} (timer; tags {@code type}, {@code outcome} success/failure, {@code exception}):
 *     count and latency of each command handled, failed ones included;</li>
 *     <li>{@code ctg.events.appended} (counter; tag {@code type}): events committed to the store.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:fr/ctg/platform/metrics/operations.properties")
class MetricsConfiguration {

    @Bean
    Registration commandMetricsOnCommandBus(CommandBus commandBus, MeterRegistry registry) {
        return commandBus.registerHandlerInterceptor(new CommandMetrics(registry));
    }

    @Bean
    Registration eventMetricsOnEventStore(EventStore eventStore, MeterRegistry registry) {
        return eventStore.registerDispatchInterceptor(new EventMetrics(registry));
    }
}
