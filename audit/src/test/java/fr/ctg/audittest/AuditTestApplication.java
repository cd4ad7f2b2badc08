package fr.ctg.audittest;

import fr.ctg.platform.testing.SettableClock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The command side (to write events as users do) and the audit module, on one embedded PostgreSQL. */
@SpringBootApplication(scanBasePackages = {"fr.ctg.platform", "fr.ctg.command", "fr.ctg.audit"})
class AuditTestApplication {

    /** Event timestamps are set by the tests, so that date filters have known answers. */
    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock();
    }
}
