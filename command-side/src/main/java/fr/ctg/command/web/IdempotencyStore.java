package fr.ctg.command.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

@Component
class IdempotencyStore {

    record Entry(String requestHash, int status, CommandAccepted response) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotencyStore(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    Optional<Entry> find(String key) {
        return jdbc.query("SELECT request_hash, status, response FROM command_idempotency WHERE idempotency_key = ?",
                (rs, i) -> new Entry(rs.getString(1), rs.getInt(2), read(rs.getString(3))), key).stream().findFirst();
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another request took the key first */
    void save(String key, String requestHash, int status, CommandAccepted response) {
        jdbc.update("INSERT INTO command_idempotency (idempotency_key, request_hash, status, response, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)",
                key, requestHash, status, write(response), Timestamp.from(clock.instant()));
    }

    private CommandAccepted read(String text) {
        try {
            return json.readValue(text, CommandAccepted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored answer", e);
        }
    }

    private String write(CommandAccepted response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
