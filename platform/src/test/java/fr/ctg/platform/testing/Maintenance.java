package fr.ctg.platform.testing;

import fr.ctg.platform.embedded.EmbeddedDatabase;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * SQL as the maintenance role, the only one the event store lets change or delete events: what a test that tampers
 * with the store (or cleans up after itself) must use, exactly as a DBA would (docs/database-roles.md).
 */
public final class Maintenance {

    private Maintenance() {
    }

    /** On the context's database: its embedded default (the generated password), or an external one via SET ROLE. */
    public static JdbcTemplate jdbc(ApplicationContext context) {
        Environment environment = context.getEnvironment();
        String role = environment.getRequiredProperty("ctg.database.maintenance-role");
        if (context.getBeanNamesForType(EmbeddedDatabase.class).length > 0) {
            EmbeddedDatabase database = context.getBean(EmbeddedDatabase.class);
            return login(database.jdbcUrl(), role, password(database.passwordFile(), role));
        }
        return setRole(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""), role);
    }

    /** Logs in as {@code role} (the embedded cluster's maintenance role can log in). */
    public static JdbcTemplate login(String url, String role, String password) {
        return new JdbcTemplate(new DriverManagerDataSource(url + "?stringtype=unspecified", role, password));
    }

    /** Logs in as {@code user} (a superuser, or a member of the role) and becomes {@code role} on every connection. */
    public static JdbcTemplate setRole(String url, String user, String password, String role) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, password) {
            @Override
            protected Connection getConnectionFromDriver(Properties properties) throws SQLException {
                Connection connection = super.getConnectionFromDriver(properties);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET ROLE " + role);
                }
                return connection;
            }
        };
        dataSource.setConnectionProperties(properties("stringtype", "unspecified"));
        return new JdbcTemplate(dataSource);
    }

    /** A role's password in the embedded default's password file (libpq's format: {@code *:*:*:role:password}). */
    public static String password(Path passwordFile, String role) {
        try {
            return Files.readAllLines(passwordFile).stream()
                    .map(line -> line.split(":", 5))
                    .filter(fields -> fields.length == 5 && fields[3].equals(role))
                    .map(fields -> fields[4])
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No password for " + role + " in " + passwordFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}
