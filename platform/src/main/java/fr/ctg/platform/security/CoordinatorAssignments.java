package fr.ctg.platform.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** Which coordinator may change which convention; kept by the service in every authentication mode. */
@Component
public class CoordinatorAssignments {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CoordinatorAssignments(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean isAssigned(String conventionId, String username) {
        Boolean assigned = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM coordinator_assignment WHERE convention_id = ? AND username = ?)",
                Boolean.class, conventionId, username);
        return Boolean.TRUE.equals(assigned);
    }

    /** @return false when the coordinator was already assigned to the convention */
    public boolean assign(String conventionId, String username, String assignedBy) {
        return jdbc.update("""
                INSERT INTO coordinator_assignment (convention_id, username, assigned_at, assigned_by)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                conventionId, username, Timestamp.from(clock.instant()), assignedBy) == 1;
    }

    /** A convention exists once its first event is stored. */
    boolean conventionExists(String conventionId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE aggregate_identifier = ?)",
                Boolean.class, conventionId));
    }

    public boolean unassign(String conventionId, String username) {
        return jdbc.update("DELETE FROM coordinator_assignment WHERE convention_id = ? AND username = ?",
                conventionId, username) == 1;
    }

    /** The conventions a coordinator is assigned, by id. */
    public List<String> conventionsOf(String username) {
        return jdbc.queryForList("SELECT convention_id FROM coordinator_assignment WHERE username = ? ORDER BY convention_id",
                String.class, username);
    }

    public List<String> coordinatorsOf(String conventionId) {
        return jdbc.queryForList("SELECT username FROM coordinator_assignment WHERE convention_id = ? ORDER BY username",
                String.class, conventionId);
    }
}
