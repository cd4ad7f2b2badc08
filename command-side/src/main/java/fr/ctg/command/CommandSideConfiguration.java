package fr.ctg.command;

import fr.ctg.command.convention.CommuneRegistry;
import fr.ctg.command.convention.ConventionModule;
import fr.ctg.command.reference.ReferenceCommunes;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandSideConfiguration {

    @Bean
    ConfigurerModule conventionModule() {
        return new ConventionModule();
    }

    @Bean
    CommuneRegistry communeRegistry() {
        return ReferenceCommunes.load();
    }
}
