package fr.ctg.audit.chain;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one-shot verify mode runs only where the verifier is assembled; elsewhere the flag is refused at once. */
class VerifyCommandLineModeTest {

    @SpringBootApplication(scanBasePackages = {"fr.ctg.platform", "fr.ctg.audit"})
    static class WithTheAuditTrail {
    }

    @SpringBootApplication(scanBasePackages = {"fr.ctg.platform", "fr.ctg.audit.hashing"})
    static class WithTheChainWriterOnly {
    }

    @Test
    void anApplicationThatScansTheAuditTrailStartsWithoutAWebServer() {
        StandardEnvironment environment = verifying();
        new VerifyCommandLineMode().postProcessEnvironment(environment, new SpringApplication(WithTheAuditTrail.class));
        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void anApplicationWithoutTheVerifierRefusesTheFlag() {
        StandardEnvironment environment = verifying();
        assertThatThrownBy(() -> new VerifyCommandLineMode().postProcessEnvironment(environment,
                new SpringApplication(WithTheChainWriterOnly.class)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not assemble");
    }

    @Test
    void withoutTheFlagNothingChanges() {
        StandardEnvironment environment = new StandardEnvironment();
        new VerifyCommandLineMode().postProcessEnvironment(environment,
                new SpringApplication(WithTheChainWriterOnly.class));
        assertThat(environment.getProperty("spring.main.web-application-type")).isNull();
    }

    private static StandardEnvironment verifying() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("args",
                Map.of(VerifyCommandLine.PROPERTY, "")));
        return environment;
    }
}
