package fr.ctg.audit.hashing;

import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every deployment that writes events (command side, all-in-one app) chains them; see docs/audit-hash-chain.md. */
@Configuration(proxyBeanMethods = false)
class HashChainConfiguration {

    @Bean
    Registration hashChainOnEventStore(EventStore eventStore,
                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                       JdbcTemplate jdbc) {
        return eventStore.registerDispatchInterceptor(new HashChainInterceptor(eventSerializer, jdbc));
    }
}
