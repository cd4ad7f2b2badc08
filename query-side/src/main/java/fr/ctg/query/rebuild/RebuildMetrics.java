package fr.ctg.query.rebuild;

import fr.ctg.query.processing.ReadModel;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Rebuild progress per processor (tag {@code processor}), read at each scrape from the recorded rebuilds:
 * {@code ctg.rebuild.running} 1 or 0, {@code ctg.rebuild.events.done} and {@code ctg.rebuild.events.total} (global
 * positions), {@code ctg.rebuild.progress} their ratio (1 when finished). NaN for a processor never rebuilt.
 */
@Component
class RebuildMetrics implements MeterBinder {

    private final RebuildState rebuilds;
    private final List<ReadModel> readModels;

    RebuildMetrics(RebuildState rebuilds, List<ReadModel> readModels) {
        this.rebuilds = rebuilds;
        this.readModels = readModels;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String processor : readModels.stream().map(ReadModel::processorName).distinct().toList()) {
            gauge(registry, "ctg.rebuild.running", processor, "1 while the processor's view is being rebuilt",
                    r -> r.finished() ? 0 : 1);
            gauge(registry, "ctg.rebuild.events.done", processor, "Events replayed by the last rebuild",
                    ProcessorRebuild::eventsDone);
            gauge(registry, "ctg.rebuild.events.total", processor, "Events the last rebuild has to replay",
                    ProcessorRebuild::eventsTotal);
            gauge(registry, "ctg.rebuild.progress", processor, "Share of the last rebuild done, 0 to 1",
                    r -> r.finished() || r.eventsTotal() == 0 ? 1 : (double) r.eventsDone() / r.eventsTotal());
        }
    }

    private void gauge(MeterRegistry registry, String name, String processor, String description,
                       ToDoubleFunction<ProcessorRebuild> value) {
        Gauge.builder(name, this, m -> last(processor).map(value::applyAsDouble).orElse(Double.NaN))
                .tag("processor", processor)
                .description(description)
                .register(registry);
    }

    private Optional<ProcessorRebuild> last(String processor) {
        try {
            return rebuilds.all().stream().filter(r -> r.processor().equals(processor)).findFirst();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
