package fr.ctg.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds the platform's settings as the lowest-precedence property source, so that every application built on the
 * platform (command side, query side, the all-in-one app, tests) gets the same safe defaults, and each can override
 * them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "ctg-platform-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader()
                    .load("ctg-platform-defaults", new ClassPathResource(RESOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The update checker reads this system property too; it must never call home, whatever the environment.
        System.setProperty("axoniq.update-checker.disabled", "true");
    }
}
