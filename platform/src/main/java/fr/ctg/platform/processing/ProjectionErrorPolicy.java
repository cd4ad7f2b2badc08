package fr.ctg.platform.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What an event handler's failure does to its processor, for every processor of every side. */
@Configuration(proxyBeanMethods = false)
class ProjectionErrorPolicy {

    /** A projection that fails must stop and retry, never skip the event and drift from the store. */
    @Bean
    ConfigurerModule propagateProjectionErrors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance()));
    }
}
