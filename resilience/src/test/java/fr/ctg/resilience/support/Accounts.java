package fr.ctg.resilience.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Test accounts written straight into the {@code account} table (the services run in other processes, so the
 * platform's TestAccounts cannot reach their beans). BCrypt cost 4: load tests must not measure password hashing.
 */
public final class Accounts {

    public static final String ADMIN = "res-admin";
    public static final String COORDINATOR = "res-coordinator";
    public static final String READER = "res-reader";
    static final String PASSWORD = "resilience-password";

    private Accounts() {
    }

    /** Idempotent; the table exists once a service has migrated the schema. */
    public static void create(JdbcTemplate jdbc) {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        insert(jdbc, ADMIN, hash, "ADMINISTRATOR");
        insert(jdbc, COORDINATOR, hash, "COORDINATOR");
        insert(jdbc, READER, hash, "DASHBOARD_READER");
    }

    public static void assign(JdbcTemplate jdbc, String conventionId) {
        jdbc.update("""
                INSERT INTO coordinator_assignment (convention_id, username, assigned_at, assigned_by)
                VALUES (?, ?, now(), ?) ON CONFLICT DO NOTHING""", conventionId, COORDINATOR, ADMIN);
    }

    public static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void insert(JdbcTemplate jdbc, String username, String hash, String roles) {
        jdbc.update("""
                INSERT INTO account (username, password_hash, roles, created_at) VALUES (?, ?, ?, now())
                ON CONFLICT (username) DO NOTHING""", username, hash, roles);
    }
}
