package fr.ctg.audit.chain;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

/**
 * With {@code --ctg.audit.verify}, the application is a one-shot command: no web server to start or to clash. The
 * audit module is on the command side's classpath too (for the chain writer), but the command side does not
 * assemble the verifier: there the flag is refused at once, rather than starting nothing and exiting as if the
 * record had been verified.
 */
public class VerifyCommandLineMode implements EnvironmentPostProcessor {

    private static final String VERIFIER_PACKAGE = VerifyCommandLine.class.getPackageName();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.containsProperty(VerifyCommandLine.PROPERTY)
                || "false".equalsIgnoreCase(environment.getProperty(VerifyCommandLine.PROPERTY))) {
            return;
        }
        if (!assemblesTheVerifier(application)) {
            throw new IllegalStateException("--" + VerifyCommandLine.PROPERTY + " needs the audit trail's verifier, "
                    + "which this application does not assemble: run it with the all-in-one app (app/target/ctg-app.jar) "
                    + "or the query side.");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("ctg-audit-verify",
                Map.of("spring.main.web-application-type", "none")));
    }

    static boolean assemblesTheVerifier(SpringApplication application) {
        return application.getAllSources().stream()
                .filter(Class.class::isInstance).map(Class.class::cast)
                .flatMap(VerifyCommandLineMode::scannedPackages)
                .anyMatch(base -> VERIFIER_PACKAGE.equals(base) || VERIFIER_PACKAGE.startsWith(base + "."));
    }

    private static Stream<String> scannedPackages(Class<?> source) {
        return MergedAnnotations.from(source, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .stream(ComponentScan.class)
                .flatMap(scan -> packagesOf(scan, source));
    }

    private static Stream<String> packagesOf(MergedAnnotation<ComponentScan> scan, Class<?> source) {
        String[] packages = scan.getStringArray("basePackages");
        Class<?>[] classes = scan.getClassArray("basePackageClasses");
        if (packages.length == 0 && classes.length == 0) {
            return Stream.of(source.getPackageName());
        }
        return Stream.concat(Arrays.stream(packages), Arrays.stream(classes).map(Class::getPackageName));
    }
}
