package fr.ctg.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Command and event metrics of every deployment (Prometheus at {@code /actuator/prometheus}), and the operations
 * defaults: liveness and readiness health groups.
 * <ul>
 *     <li>{@code ctg.commands} (timer; tags {@code type}, {@code outcome} success/failure, {@code exception}):
 *     count and latency of each command handled, failed ones included;</li>
 *     <li>{@code ctg.events.appended} (counter; tag {@code type}): events committed to the store;</li>
 *     <li>Axon's own bus monitors; its per-event processor monitors only with
 *     {@code ctg.metrics.axon-processor-monitors=true} ({@link AxonMonitors}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:fr/ctg/platform/metrics/operations.properties")
class MetricsConfiguration {

    @Bean
    Registration commandMetricsOnCommandBus(CommandBus commandBus, MeterRegistry registry) {
        return commandBus.registerHandlerInterceptor(new CommandMetrics(registry));
    }

    /** Replaces Axon's own module (which backs off when one exists): see {@link AxonMonitors}. */
    @Bean
    MetricsConfigurerModule axonMonitors(GlobalMetricRegistry registry,
                                         @Value("${ctg.metrics.axon-processor-monitors:false}") boolean onProcessors) {
        return new AxonMonitors(registry, onProcessors);
    }

    @Bean
    Registration eventMetricsOnEventStore(EventStore eventStore, MeterRegistry registry) {
        return eventStore.registerDispatchInterceptor(new EventMetrics(registry));
    }
}
