package fr.ctg.platform.metrics;

import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;

/**
 * Axon's micrometer monitors on the command, event and query buses; on the event processors only when asked. Those
 * look up a timer, a counter and gauges for every event and processor: 22% of a rebuild's CPU in a profile, while
 * {@code ctg.projection.position} and {@code ctg.projection.lag} already show how each processor moves.
 */
final class AxonMonitors extends MetricsConfigurerModule {

    private final GlobalMetricRegistry registry;
    private final boolean onProcessors;

    AxonMonitors(GlobalMetricRegistry registry, boolean onProcessors) {
        super(registry);
        this.registry = registry;
        this.onProcessors = onProcessors;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureMessageMonitor(config -> this::monitor);
    }

    @SuppressWarnings("unchecked") // Axon's registry answers with a wildcard type; its own module casts likewise
    private MessageMonitor<Message<?>> monitor(Class<?> componentType, String componentName) {
        if (!onProcessors && EventProcessor.class.isAssignableFrom(componentType)) {
            return NoOpMessageMonitor.INSTANCE;
        }
        return (MessageMonitor<Message<?>>) registry.registerComponent(componentType, componentName);
    }
}
