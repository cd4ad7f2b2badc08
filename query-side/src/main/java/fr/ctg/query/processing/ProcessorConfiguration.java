package fr.ctg.query.processing;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One pooled streaming processor per read model, reading the event store from its very first event (the tail) the
 * first time it runs, then from its token in {@code token_entry}. Each claims no more than this node's share of its
 * segments, so that several query nodes split the work.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QueryProperties.class)
class ProcessorConfiguration {

    @Bean
    ConfigurerModule readModelProcessors(QueryProperties properties, SegmentBalancer balancer, ProcessorWakeUp wakeUp) {
        return configurer -> configurer.eventProcessing(processing -> {
            for (String name : ProcessorNames.ALL) {
                processing.registerPooledStreamingEventProcessor(
                        name,
                        config -> wakeUp.around(config.eventStore()),
                        (config, builder) -> builder
                                .batchSize(properties.batchSize())
                                .initialSegmentCount(properties.segments())
                                .maxSegmentProvider(balancer)
                                .initialToken(StreamableMessageSource::createTailToken));
                processing.registerSequencingPolicy(name, config -> ConventionSequencingPolicy.INSTANCE);
            }
        });
    }
}
