package fr.ctg.audit.chain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** With {@code --ctg.audit.verify}, the application is a one-shot command: no web server to start or to clash. */
public class VerifyCommandLineMode implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(VerifyCommandLine.PROPERTY)
                && !"false".equalsIgnoreCase(environment.getProperty(VerifyCommandLine.PROPERTY))) {
            environment.getPropertySources().addFirst(new MapPropertySource("ctg-audit-verify",
                    Map.of("spring.main.web-application-type", "none")));
        }
    }
}
