package fr.ctg.command;

import fr.ctg.command.convention.CommuneRegistry;
import fr.ctg.command.convention.ConventionModule;
import fr.ctg.command.reference.ReferenceCommunes;
import org.axonframework.config.ConfigurerModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandSideConfiguration {

    @Bean
    ConfigurerModule conventionModule(@Value("${ctg.command.snapshot-every:100}") int snapshotEvery) {
        return new ConventionModule(snapshotEvery);
    }

    @Bean
    CommuneRegistry communeRegistry() {
        return ReferenceCommunes.load();
    }
}
