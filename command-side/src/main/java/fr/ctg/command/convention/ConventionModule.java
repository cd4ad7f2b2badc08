package fr.ctg.command.convention;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Registers the Convention aggregate with Axon without putting a framework stereotype on the domain class. A
 * snapshot is taken every {@code snapshotEvery} events, so that a command on a convention years into its life does
 * not replay its whole history.
 */
public final class ConventionModule implements ConfigurerModule {

    private final int snapshotEvery;

    public ConventionModule(int snapshotEvery) {
        this.snapshotEvery = snapshotEvery;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Convention.class)
                .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(snapshotter(config),
                        snapshotEvery)));
    }

    /** A snapshotter that knows this aggregate (the framework's default one only knows Spring-registered ones). */
    private static Snapshotter snapshotter(Configuration config) {
        return AggregateSnapshotter.builder()
                .eventStore(config.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(Convention.class))
                .repositoryProvider(config::repository)
                .parameterResolverFactory(config.parameterResolverFactory())
                .handlerDefinition(config.handlerDefinition(Convention.class))
                .transactionManager(config.getComponent(TransactionManager.class))
                .build();
    }
}
