package fr.ctg.platform.embedded;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
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
 * with its data directory kept (by default {@code ./data/postgres}) so that the events survive a restart. Every
 * connection needs a password (generated, kept in an owner-only file beside the administrator's): the migrations
 * run as the owner role, the service as the service role, which cannot change or delete an event.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrl.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    /** Starts the server while the rest of the context is being created (the bean below waits for it). */
    @Bean
    static EarlyEmbeddedPostgres earlyEmbeddedPostgres() {
        return new EarlyEmbeddedPostgres();
    }

    @Bean
    DatabaseRoles databaseRoles(EarlyEmbeddedPostgres early) {
        return early.roles();
    }

    @Bean
    PasswordFile embeddedPasswords(EarlyEmbeddedPostgres early) {
        return early.passwords();
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EarlyEmbeddedPostgres early) {
        return early.await();
    }

    static EmbeddedPostgres start(Path dataDirectory, int port, boolean durable, DatabaseRoles roles,
                                  PasswordFile passwords) throws IOException {
        DataDirectoryVersion.check(dataDirectory);
        Files.createDirectories(dataDirectory);
        BundledBinaries binaries = BundledBinaries.INSTANCE;
        // Stopped by the embeddedPostgres bean's destruction, after everything that uses the database (Spring
        // destroys dependents first). The library's own shutdown hook would stop it at once, in parallel with
        // Spring's graceful shutdown: in-flight requests and the processors' last token updates then failed against
        // a closed port.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPgBinaryResolver(binaries)
                .setOverrideWorkingDirectory(binaries.workingDirectory().toFile())
                // Runs after the library's initdb (a new directory) and before it starts the server.
                .setDataDirectoryCustomizer(directory -> prepare(directory.toPath(), binaries, roles, passwords))
                // The library's own readiness check connects as the superuser.
                .setConnectConfig("password", passwords.of(roles.superuser()));
        if (durable) {
            // The library's defaults are for throw-away test databases: no fsync, commits acknowledged before they
            // reach the disk. A system of record acknowledges a decision only once it is durable.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Embedded PostgreSQL on port {} with data in {}; its passwords are in {}; to look inside: "
                        + "PGPASSFILE={} psql -h localhost -p {} -U {} postgres",
                postgres.getPort(), dataDirectory.toAbsolutePath().normalize(), passwords.path(), passwords.path(),
                postgres.getPort(), roles.service());
        return postgres;
    }

    private static void prepare(Path directory, BundledBinaries binaries, DatabaseRoles roles, PasswordFile passwords) {
        OrphanPostmaster.stopIfRunning(directory, binaries.program("pg_ctl"));
        if (passwords.generated() || !PasswordAuthentication.inPlace(directory)) {
            PasswordAuthentication.apply(directory, binaries.program("postgres"), roles, passwords);
        }
    }

    @Bean
    EmbeddedDatabase embeddedDatabase(EmbeddedPostgres postgres, PasswordFile passwords) {
        return new EmbeddedDatabase(postgres.getPort(), passwords.path());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabase database, DataSourceProperties properties, DatabaseRoles roles,
                                PasswordFile passwords) {
        properties.setUrl(database.jdbcUrl());
        properties.setUsername(roles.service());
        properties.setPassword(passwords.of(roles.service()));
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /** The migrations create and alter tables: they run as the owner, not as the service. */
    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(EmbeddedDatabase database, DatabaseRoles roles,
                                                    PasswordFile passwords) {
        return configuration -> configuration.dataSource(database.jdbcUrl(), roles.owner(), passwords.of(roles.owner()));
    }
}
