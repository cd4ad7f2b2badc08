package fr.ctg.command;

import fr.ctg.command.convention.CommuneRegistry;
import fr.ctg.command.convention.ConventionModule;
import fr.ctg.command.reference.ReferenceCommunes;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CommandSideConfiguration {

    @Bean
    ConfigurerModule conventionModule(@Value("${ctg.command.snapshot-every:100}") int snapshotEvery,
                                      ObjectProvider<ParameterResolverFactory> resolvers) {
        return new ConventionModule(snapshotEvery, resolvers::getObject);
    }

    @Bean
    CommuneRegistry communeRegistry() {
        return ReferenceCommunes.load();
    }
}
