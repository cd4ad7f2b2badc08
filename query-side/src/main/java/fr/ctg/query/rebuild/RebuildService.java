package fr.ctg.query.rebuild;

import fr.ctg.query.processing.ProcessorPositions;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.web.QueryProblemException;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Throws read models away and replays the whole store into them: stops their processors, then in one transaction
 * empties their tables, deletes their tokens and records the rebuild (so readers get 503 from that commit on, never
 * an empty or partial view), then starts the processors again, which begin from the first event.
 * <p>
 * The processors of other query-side instances must be stopped during a rebuild: this node can only stop its own.
 */
@Component
class RebuildService {

    private static final Logger log = LoggerFactory.getLogger(RebuildService.class);

    private final List<ReadModel> readModels;
    private final ProcessorPositions positions;
    private final RebuildState state;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RebuildService(List<ReadModel> readModels, ProcessorPositions positions, RebuildState state, JdbcTemplate jdbc,
                   PlatformTransactionManager transactionManager, Clock clock) {
        this.readModels = readModels;
        this.positions = positions;
        this.state = state;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    List<String> processorNames() {
        return readModels.stream().map(ReadModel::processorName).distinct().sorted().toList();
    }

    synchronized RebuildProgress start(List<String> processors) {
        List<String> unknown = processors.stream().filter(p -> !processorNames().contains(p)).toList();
        if (!unknown.isEmpty()) {
            throw QueryProblemException.badRequest("unknown-processor",
                    "Unknown processor(s) " + unknown + "; known: " + processorNames() + ".");
        }
        if (processors.stream().anyMatch(p -> state.running(p).isPresent())) {
            throw new QueryProblemException(HttpStatus.CONFLICT, "rebuild-in-progress",
                    "A rebuild is already running; follow it with GET /api/v1/admin/rebuild.");
        }
        processors.forEach(p -> positions.processor(p).ifPresent(StreamingEventProcessor::shutDown));
        try {
            transaction.executeWithoutResult(status -> reset(processors));
        } finally {
            processors.forEach(p -> positions.processor(p).ifPresent(StreamingEventProcessor::start));
        }
        log.info("Rebuild started for {}", processors);
        return progress();
    }

    RebuildProgress progress() {
        return RebuildProgress.of(state.all());
    }

    private void reset(List<String> processors) {
        long head = positions.head();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String processor : processors) {
            List<String> tables = readModels.stream()
                    .filter(model -> model.processorName().equals(processor))
                    .flatMap(model -> model.tables().stream())
                    .toList();
            jdbc.execute("TRUNCATE " + String.join(", ", tables));
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
            jdbc.update("""
                    INSERT INTO projection_rebuild (processor_name, target_position, started_at, finished_at)
                    VALUES (?, ?, ?, NULL)
                    ON CONFLICT (processor_name) DO UPDATE
                    SET target_position = excluded.target_position, started_at = excluded.started_at,
                        finished_at = NULL""", processor, head, now);
        }
    }
}
