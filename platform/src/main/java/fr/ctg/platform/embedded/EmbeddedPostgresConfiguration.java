package fr.ctg.platform.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded default: with no {@code spring.datasource.url}, a real PostgreSQL is started from a Maven dependency,
 * with its data directory kept (by default {@code ./data/postgres}) so that the events survive a restart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${ctg.embedded.data-dir}") Path dataDirectory,
                                      @Value("${ctg.embedded.port}") int port,
                                      @Value("${ctg.embedded.durable:true}") boolean durable) throws IOException {
        Files.createDirectories(dataDirectory);
        // Stopped by this bean's destruction, after everything that uses the database (Spring destroys dependents
        // first). The library's own shutdown hook would stop it at once, in parallel with Spring's graceful
        // shutdown: in-flight requests and the processors' last token updates then failed against a closed port.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false);
        if (durable) {
            // The library's defaults are for throw-away test databases: no fsync, commits acknowledged before they
            // reach the disk. A system of record acknowledges a decision only once it is durable.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}; to look inside: psql -h localhost -p {} -U postgres",
                postgres.getPort(), dataDirectory.toAbsolutePath().normalize(), postgres.getPort());
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, DataSourceProperties properties) {
        properties.setUrl(postgres.getJdbcUrl("postgres", "postgres"));
        properties.setUsername("postgres");
        properties.setPassword("postgres");
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
