package fr.ctg.audittest;

import fr.ctg.platform.testing.SettableClock;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Primary;

/**
 * The command side (to write events as users do) and the audit module, on one embedded PostgreSQL. Without a query
 * side there are no views to replay: the as-of views are left out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"fr.ctg.platform", "fr.ctg.command", "fr.ctg.audit"}, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "fr\\.ctg\\.audit\\.asof\\..*")})
class AuditTestApplication {

    /** Event timestamps are set by the tests, so that date filters have known answers. */
    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock();
    }
}
