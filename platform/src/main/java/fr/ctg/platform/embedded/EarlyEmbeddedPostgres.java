package fr.ctg.platform.embedded;

import fr.ctg.platform.startup.StartupTask;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

import java.nio.file.Path;

/**
 * Starts the embedded PostgreSQL on a thread of its own as soon as the context knows its bean definitions (it is one
 * of them only on the embedded default), instead of when the first JDBC bean asks for it: the library's reading and
 * digest of its binaries, initdb on a first start and the server's start then run while the main thread goes on with
 * Axon's handler inspection, the web server and the beans before the data source. The {@code embeddedPostgres} bean
 * waits for it, so that the data source, Flyway and health wait as before, and a failed start fails the context.
 */
final class EarlyEmbeddedPostgres implements BeanFactoryPostProcessor, PriorityOrdered, EnvironmentAware,
        DisposableBean {

    private Environment environment;
    private DatabaseRoles roles;
    private PasswordFile passwords;
    private StartupTask<EmbeddedPostgres> start;
    private volatile boolean handedOver;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        roles = new DatabaseRoles(DatabaseRoles.SUPERUSER, environment.getRequiredProperty("ctg.database.owner-role"),
                environment.getRequiredProperty("ctg.database.service-role"),
                environment.getRequiredProperty("ctg.database.maintenance-role"));
        passwords = PasswordFile.load(passwordFile(), roles.logins());
        Path dataDirectory = Path.of(environment.getRequiredProperty("ctg.embedded.data-dir"));
        int port = environment.getRequiredProperty("ctg.embedded.port", Integer.class);
        boolean durable = environment.getProperty("ctg.embedded.durable", Boolean.class, true);
        start = StartupTask.start("embedded-postgres-start",
                () -> EmbeddedPostgresConfiguration.start(dataDirectory, port, durable, roles, passwords));
    }

    /** Beside the administrator's password file unless told otherwise: one place holds the secrets of a start. */
    private Path passwordFile() {
        String configured = environment.getProperty("ctg.embedded.password-file", "");
        return StringUtils.hasText(configured) ? Path.of(configured)
                : Path.of(environment.getRequiredProperty("ctg.security.initial-admin-file")).toAbsolutePath()
                .resolveSibling("database-passwords");
    }

    DatabaseRoles roles() {
        return roles;
    }

    PasswordFile passwords() {
        return passwords;
    }

    /** The started server, once; from then on the {@code embeddedPostgres} bean stops it. */
    EmbeddedPostgres await() {
        EmbeddedPostgres postgres = start.await();
        handedOver = true;
        return postgres;
    }

    /** The context failed before any bean took the server over: it must not outlive the service. */
    @Override
    public void destroy() throws Exception {
        if (start == null || handedOver) {
            return;
        }
        EmbeddedPostgres started;
        try {
            started = start.await();
        } catch (RuntimeException failedToStart) {
            return; // nothing runs; the failure is the start's own, reported by the bean that waited for it
        }
        started.close();
    }
}
