package fr.ctg.platform.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Local accounts, with hashed passwords only. An account is disabled, never deleted: its name stays taken. */
@Component
public class Accounts {

    record Account(String username, String passwordHash, Set<Role> roles, Instant createdAt, Instant disabledAt) {

        boolean enabled() {
            return disabledAt == null;
        }

        boolean administrator() {
            return roles.contains(Role.ADMINISTRATOR);
        }
    }

    private static final String COLUMNS = "username, password_hash, roles, created_at, disabled_at";
    private static final RowMapper<Account> ROW = (rs, i) -> new Account(rs.getString(1), rs.getString(2),
            parse(rs.getString(3)), rs.getTimestamp(4).toInstant(),
            rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant());

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    Optional<Account> find(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM account WHERE username = ?", ROW, username).stream().findFirst();
    }

    /** A local account of that name exists and is disabled (false for an unknown name, e.g. an OIDC user's). */
    public boolean isDisabled(String username) {
        return find(username).map(account -> !account.enabled()).orElse(false);
    }

    /** The account, locked until the end of the transaction, so that concurrent changes to it are serialised. */
    Optional<Account> lock(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM account WHERE username = ? FOR UPDATE", ROW, username)
                .stream().findFirst();
    }

    /**
     * Every administrator account, locked until the end of the transaction: two administrators demoting each other
     * at once are serialised, so that one enabled administrator always remains.
     */
    List<Account> lockAdministrators() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account WHERE roles LIKE '%ADMINISTRATOR%' ORDER BY username "
                + "FOR UPDATE", ROW).stream().filter(Account::administrator).toList();
    }

    List<Account> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM account ORDER BY username", ROW);
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM account", Long.class);
        return count == null ? 0 : count;
    }

    /** @return false when the username is taken (by an enabled or a disabled account) */
    public boolean create(String username, String rawPassword, Set<Role> roles) {
        return jdbc.update("""
                        INSERT INTO account (username, password_hash, roles, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (username) DO NOTHING""",
                username, encoder.encode(rawPassword), format(roles), Timestamp.from(clock.instant())) == 1;
    }

    void setDisabled(String username, boolean disabled) {
        jdbc.update("UPDATE account SET disabled_at = ? WHERE username = ?",
                disabled ? Timestamp.from(clock.instant()) : null, username);
    }

    void setRoles(String username, Set<Role> roles) {
        jdbc.update("UPDATE account SET roles = ? WHERE username = ?", format(roles), username);
    }

    void setPassword(String username, String rawPassword) {
        jdbc.update("UPDATE account SET password_hash = ? WHERE username = ?", encoder.encode(rawPassword), username);
    }

    boolean passwordMatches(Account account, String rawPassword) {
        return encoder.matches(rawPassword, account.passwordHash());
    }

    static String format(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Role> parse(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }
}
