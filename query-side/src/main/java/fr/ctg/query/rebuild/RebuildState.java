package fr.ctg.query.rebuild;

import fr.ctg.query.processing.ProcessorPositions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds recorded in {@code projection_rebuild}. A rebuild is over once its processor has passed the head the
 * store had when it started; the first reader to see that records the end.
 */
@Component
public class RebuildState {

    private final JdbcTemplate jdbc;
    private final ProcessorPositions positions;
    private final Clock clock;

    RebuildState(JdbcTemplate jdbc, ProcessorPositions positions, Clock clock) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.clock = clock;
    }

    /** The rebuild of this processor still running, if any. */
    public Optional<ProcessorRebuild> running(String processor) {
        return read("WHERE processor_name = ?", processor).stream().filter(r -> !r.finished()).findFirst();
    }

    public List<ProcessorRebuild> all() {
        return read("ORDER BY processor_name");
    }

    private List<ProcessorRebuild> read(String condition, Object... arguments) {
        return jdbc.query("SELECT * FROM projection_rebuild " + condition, (rs, n) -> refresh(rs), arguments);
    }

    private ProcessorRebuild refresh(ResultSet rs) throws SQLException {
        String processor = rs.getString("processor_name");
        long total = rs.getLong("target_position");
        Instant started = rs.getObject("started_at", OffsetDateTime.class).toInstant();
        OffsetDateTime finishedAt = rs.getObject("finished_at", OffsetDateTime.class);
        Instant finished = finishedAt == null ? null : finishedAt.toInstant();
        if (finished == null && positions.reached(processor, total)) {
            finished = clock.instant();
            jdbc.update("UPDATE projection_rebuild SET finished_at = ? WHERE processor_name = ? AND finished_at IS NULL",
                    OffsetDateTime.ofInstant(finished, ZoneOffset.UTC), processor);
        }
        long done = finished != null ? total : Math.max(0, positions.position(processor).orElse(0));
        Instant until = finished != null ? finished : clock.instant();
        double seconds = Math.max(0.001, Duration.between(started, until).toMillis() / 1000.0);
        return new ProcessorRebuild(processor, finished != null, done, total, Math.round(done / seconds * 10) / 10.0,
                started, finished);
    }
}
