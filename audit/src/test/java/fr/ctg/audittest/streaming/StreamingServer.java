package fr.ctg.audittest.streaming;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The audit module alone, run by {@link StreamingExportTest} in a JVM of its own with a small heap. Without a query
 * side there are no views to replay: the as-of views are left out.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackages = {"fr.ctg.platform", "fr.ctg.audit"}, excludeFilters = {
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "fr\\.ctg\\.audit\\.asof\\..*")})
public class StreamingServer {

    public static void main(String[] args) {
        SpringApplication.run(StreamingServer.class, args);
    }
}
