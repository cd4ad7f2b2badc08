package fr.ctg.query.reminders;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The secret tokens of the users' calendar feeds: 256 random bits, shown once to their user, kept as a SHA-256 only
 * (a token is random, so a plain hash cannot be reversed by guessing), one per user, revocable.
 */
@Component
public class CalendarTokens {

    /** Whose feed a token opens, and whether it shows every convention or the user's own. */
    public record Holder(String username, boolean allConventions) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CalendarTokens(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A new token for the user; the previous one, if any, stops working. */
    @Transactional
    public String issue(String username, boolean allConventions) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("""
                INSERT INTO calendar_token (username, token_sha256, all_conventions, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (username) DO UPDATE SET token_sha256 = EXCLUDED.token_sha256,
                    all_conventions = EXCLUDED.all_conventions, created_at = EXCLUDED.created_at""",
                username, sha256(token), allConventions, Timestamp.from(clock.instant()));
        return token;
    }

    /** @return false when the user had no token */
    public boolean revoke(String username) {
        return jdbc.update("DELETE FROM calendar_token WHERE username = ?", username) == 1;
    }

    public Optional<Holder> holder(String token) {
        return jdbc.query("SELECT username, all_conventions FROM calendar_token WHERE token_sha256 = ?",
                (rs, i) -> new Holder(rs.getString(1), rs.getBoolean(2)), sha256(token)).stream().findFirst();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
