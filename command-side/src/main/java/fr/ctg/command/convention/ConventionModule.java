package fr.ctg.command.convention;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Registers the Convention aggregate with Axon without putting a framework stereotype on the domain class. A
 * snapshot is taken every {@code snapshotEvery} events, so that a command on a convention years into its life does
 * not replay its whole history.
 */
public final class ConventionModule implements ConfigurerModule {

    private final int snapshotEvery;
    private final Cache cache;

    public ConventionModule(int snapshotEvery) {
        this(snapshotEvery, null);
    }

    /** With {@code cache} (null: none), conventions stay loaded between commands (see {@link VersionCheckedCache}). */
    public ConventionModule(int snapshotEvery, Cache cache) {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshot threshold must be at least 1, was " + snapshotEvery);
        }
        this.snapshotEvery = snapshotEvery;
        this.cache = cache;
    }

    @Override
    public void configureModule(Configurer configurer) {
        AggregateConfigurer<Convention> aggregate = AggregateConfigurer.defaultConfiguration(Convention.class);
        aggregate.configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                snapshotter(config, aggregate.aggregateFactory()), snapshotEvery));
        if (cache != null) {
            aggregate.configureCache(config -> cache);
        }
        configurer.configureAggregate(aggregate);
    }

    /** Builds snapshots with the very factory, and so the very handler model, that the repository loads with. */
    private static Snapshotter snapshotter(Configuration config, AggregateFactory<Convention> factory) {
        return AggregateSnapshotter.builder()
                .eventStore(config.eventStore())
                .aggregateFactories(factory)
                .repositoryProvider(config::repository)
                .parameterResolverFactory(config.parameterResolverFactory())
                .handlerDefinition(config.handlerDefinition(Convention.class))
                .transactionManager(config.getComponent(TransactionManager.class))
                .build();
    }
}
