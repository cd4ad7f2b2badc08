package fr.ctg.command.convention;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;

/** Registers the Convention aggregate with Axon without putting a framework stereotype on the domain class. */
public final class ConventionModule implements ConfigurerModule {

    @Override
    public void configureModule(Configurer configurer) {
        configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Convention.class));
    }
}
