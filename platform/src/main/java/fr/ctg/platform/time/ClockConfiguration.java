package fr.ctg.platform.time;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one clock of the service, in UTC: every instant, and every event's timestamp, comes from it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Event timestamps come from the injected clock, which tests can fix. */
    @Bean
    ConfigurerModule eventClock(Clock clock) {
        return configurer -> GenericEventMessage.clock = clock;
    }
}
