package fr.ctg.platform.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The append-only log of account operations (table {@code account_log}, whose triggers refuse every UPDATE, DELETE
 * and TRUNCATE but the maintenance role's): who did what to which account, and when. Never a password nor a hash.
 */
@Component
public class AccountLog {

    /** The name recorded for what the service does by itself, such as creating the first administrator. */
    static final String SERVICE = "(service)";

    public enum Operation {
        CREATED, DISABLED, ENABLED, ROLES_CHANGED, PASSWORD_RESET, OWN_PASSWORD_CHANGED, ASSIGNMENT_ADDED,
        ASSIGNMENT_REMOVED
    }

    public record Entry(long position, Instant occurredAt, String actor, String account, Operation operation,
                        List<String> rolesBefore, List<String> rolesAfter, String conventionId) {
    }

    public record Page(List<Entry> items, int page, int size, long totalItems) {
    }

    private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
            rs.getString(3), rs.getString(4), Operation.valueOf(rs.getString(5)), roles(rs.getString(6)),
            roles(rs.getString(7)), rs.getString(8));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(String actor, String account, Operation operation) {
        record(actor, account, operation, null, null, null);
    }

    void recordRoles(String actor, String account, Operation operation, Set<Role> before, Set<Role> after) {
        record(actor, account, operation, before == null ? null : Accounts.format(before),
                after == null ? null : Accounts.format(after), null);
    }

    void recordAssignment(String actor, String account, Operation operation, String conventionId) {
        record(actor, account, operation, null, null, conventionId);
    }

    private void record(String actor, String account, Operation operation, String before, String after,
                        String conventionId) {
        jdbc.update("""
                        INSERT INTO account_log (occurred_at, actor, account, operation, roles_before, roles_after,
                                                 convention_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), actor, account, operation.name(), before, after, conventionId);
    }

    /** Oldest first; of one account when {@code account} is given. */
    public Page page(String account, int page, int size) {
        String where = account == null ? "" : " WHERE account = ?";
        Object[] args = account == null ? new Object[0] : new Object[]{account};
        Long total = jdbc.queryForObject("SELECT count(*) FROM account_log" + where, Long.class, args);
        List<Entry> items = jdbc.query("""
                SELECT position, occurred_at, actor, account, operation, roles_before, roles_after, convention_id
                FROM account_log""" + where + " ORDER BY position LIMIT " + size + " OFFSET " + (long) page * size,
                ROW, args);
        return new Page(items, page, size, total == null ? 0 : total);
    }

    private static List<String> roles(String roles) {
        return roles == null ? null : Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).toList();
    }
}
