package fr.ctg.platform.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Local accounts, with hashed passwords only. */
@Component
public class Accounts {

    record Account(String username, String passwordHash, Set<Role> roles) {
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;

    Accounts(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    Optional<Account> find(String username) {
        return jdbc.query("SELECT username, password_hash, roles FROM account WHERE username = ?",
                (rs, i) -> new Account(rs.getString(1), rs.getString(2), parse(rs.getString(3))), username)
                .stream().findFirst();
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM account", Long.class);
        return count == null ? 0 : count;
    }

    /** @return false when the username is taken */
    public boolean create(String username, String rawPassword, Set<Role> roles) {
        return jdbc.update("""
                        INSERT INTO account (username, password_hash, roles, created_at) VALUES (?, ?, ?, ?)
                        ON CONFLICT (username) DO NOTHING""",
                username, encoder.encode(rawPassword),
                roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                Timestamp.from(clock.instant())) == 1;
    }

    private static Set<Role> parse(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }
}
