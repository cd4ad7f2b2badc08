package fr.ctg.command;

import fr.ctg.command.convention.CommuneRegistry;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.command.convention.ConventionModule;
import fr.ctg.command.convention.Today;
import fr.ctg.command.convention.VersionCheckedCache;
import fr.ctg.command.reference.ReferenceCommunesAtStartup;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.util.OptionalLong;

@Configuration(proxyBeanMethods = false)
class CommandSideConfiguration {

    @Bean
    ConfigurerModule conventionModule(@Value("${ctg.command.snapshot-every:100}") int snapshotEvery,
                                      @Value("${ctg.command.aggregate-cache:true}") boolean cached, JdbcTemplate jdbc) {
        return new ConventionModule(snapshotEvery, cached ? new VersionCheckedCache(id -> storedVersion(jdbc, id)) : null);
    }

    /** One backward probe of the (aggregate, sequence) index. */
    private static OptionalLong storedVersion(JdbcTemplate jdbc, String aggregateIdentifier) {
        Long last = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, aggregateIdentifier);
        return last == null ? OptionalLong.empty() : OptionalLong.of(last);
    }

    /** The domain's today: the Paris day of the service's clock, never the UTC one. */
    @Bean
    Today today(Clock clock) {
        return () -> ParisCalendar.today(clock);
    }

    /** Read while the rest of the context starts; the start waits for it before it is complete. */
    @Bean
    CommuneRegistry communeRegistry() {
        return new ReferenceCommunesAtStartup();
    }
}
