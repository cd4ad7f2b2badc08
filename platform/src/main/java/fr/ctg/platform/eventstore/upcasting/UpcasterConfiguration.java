package fr.ctg.platform.eventstore.upcasting;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers every step of {@link EventUpcasts} in Axon's upcaster chain, in their order. */
@Configuration(proxyBeanMethods = false)
class UpcasterConfiguration {

    @Bean
    ConfigurerModule eventUpcasters() {
        return configurer -> EventUpcasts.asAxonUpcasters().forEach(
                upcaster -> configurer.registerEventUpcaster(configuration -> upcaster));
    }
}
