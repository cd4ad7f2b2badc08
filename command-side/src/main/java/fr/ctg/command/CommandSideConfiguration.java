package fr.ctg.command;

import fr.ctg.command.convention.CommuneRegistry;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.command.convention.ConventionModule;
import fr.ctg.command.convention.Today;
import fr.ctg.command.reference.ReferenceCommunes;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class CommandSideConfiguration {

    @Bean
    ConfigurerModule conventionModule(@Value("${ctg.command.snapshot-every:100}") int snapshotEvery) {
        return new ConventionModule(snapshotEvery);
    }

    /** The domain's today: the Paris day of the service's clock, never the UTC one. */
    @Bean
    Today today(Clock clock) {
        return () -> ParisCalendar.today(clock);
    }

    @Bean
    CommuneRegistry communeRegistry() {
        return ReferenceCommunes.load();
    }
}
