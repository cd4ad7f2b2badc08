package fr.ctg.command.convention;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.util.function.Supplier;

/**
 * Registers the Convention aggregate with Axon without putting a framework stereotype on the domain class. A
 * snapshot is taken every {@code snapshotEvery} events, so that a command on a convention years into its life does
 * not replay its whole history.
 */
public final class ConventionModule implements ConfigurerModule {

    private final int snapshotEvery;
    private final Supplier<ParameterResolverFactory> resolvers;

    /**
     * @param resolvers the application's parameter resolvers: the snapshotter inspects the aggregate's command
     *                  handlers too, and the creation handler takes the {@link CommuneRegistry}
     */
    public ConventionModule(int snapshotEvery, Supplier<ParameterResolverFactory> resolvers) {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshot threshold must be at least 1, was " + snapshotEvery);
        }
        this.snapshotEvery = snapshotEvery;
        this.resolvers = resolvers;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Convention.class)
                .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(snapshotter(config),
                        snapshotEvery)));
    }

    private Snapshotter snapshotter(Configuration config) {
        ParameterResolverFactory parameterResolvers = resolvers.get();
        HandlerDefinition handlers = config.handlerDefinition(Convention.class);
        return AggregateSnapshotter.builder()
                .eventStore(config.eventStore())
                .aggregateFactories(new GenericAggregateFactory<>(
                        AnnotatedAggregateMetaModelFactory.inspectAggregate(Convention.class, parameterResolvers,
                                handlers)))
                .repositoryProvider(config::repository)
                .parameterResolverFactory(parameterResolvers)
                .handlerDefinition(handlers)
                .transactionManager(config.getComponent(TransactionManager.class))
                .build();
    }
}
