package fr.ctg.query.processing;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Gauges {@code ctg.eventstore.head}, and per processor (tag {@code processor}) {@code ctg.projection.position} and
 * {@code ctg.projection.lag}. Read at each scrape; NaN when the database cannot tell.
 */
@Component
class ReadModelMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(ReadModelMetrics.class);

    private final ProcessorHealth health;

    ReadModelMetrics(ProcessorHealth health) {
        this.health = health;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ctg.eventstore.head", this, m -> safely(() -> (double) health.head()))
                .description("Global index of the last event in the store")
                .register(registry);
        for (String processor : ProcessorNames.ALL) {
            Gauge.builder("ctg.projection.position", this, m -> safely(() -> value(health.state(processor,
                            health.head()).position())))
                    .tag("processor", processor)
                    .description("Global index every segment of the processor has passed")
                    .register(registry);
            Gauge.builder("ctg.projection.lag", this, m -> safely(() -> value(health.state(processor,
                            health.head()).lag())))
                    .tag("processor", processor)
                    .description("Events between the store's head and the processor's position")
                    .register(registry);
        }
    }

    private static double value(Long value) {
        return value == null ? Double.NaN : value;
    }

    private static double safely(Supplier<Double> reading) {
        try {
            return reading.get();
        } catch (RuntimeException e) {
            log.debug("Cannot read a read-model gauge: {}", e.toString());
            return Double.NaN;
        }
    }
}
