package fr.ctg.query.rebuild;

import fr.ctg.query.processing.ProcessorPositions;
import fr.ctg.query.processing.QueryProperties;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.web.QueryProblemException;
import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Throws read models away and replays the whole store into them: stops their processors, then in one transaction
 * empties their tables, resets their tokens to the start and records the rebuild (so readers get 503 from that
 * commit on, never an empty or partial view), then, in the background, replays the store once into every one of
 * them ({@link OnePassRebuild}) and starts the processors again from the position reached. With
 * {@code ctg.query.rebuild.one-pass=false} the processors replay the store themselves, each on its own.
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
    private final TokenStore tokens;
    private final OnePassRebuild onePass;
    private final int segments;
    private final boolean inOnePass;
    /** The pass under way on this node: its views may be complete before it has handed them back. */
    private Future<?> pass;
    private final ExecutorService replayer = Executors.newSingleThreadExecutor(daemon());

    RebuildService(List<ReadModel> readModels, ProcessorPositions positions, RebuildState state, JdbcTemplate jdbc,
                   PlatformTransactionManager transactionManager, Clock clock, TokenStore tokens,
                   OnePassRebuild onePass, QueryProperties properties,
                   @Value("${ctg.query.rebuild.one-pass:true}") boolean inOnePass) {
        this.readModels = readModels;
        this.positions = positions;
        this.state = state;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.tokens = tokens;
        this.onePass = onePass;
        this.segments = properties.segments();
        this.inOnePass = inOnePass;
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
        if (pass != null && !pass.isDone() || processors.stream().anyMatch(p -> state.running(p).isPresent())) {
            throw new QueryProblemException(HttpStatus.CONFLICT, "rebuild-in-progress",
                    "A rebuild is already running; follow it with GET /api/v1/admin/rebuild.");
        }
        processors.forEach(p -> positions.processor(p).ifPresent(StreamingEventProcessor::shutDown));
        boolean reset = false;
        try {
            transaction.executeWithoutResult(status -> reset(processors));
            reset = true;
        } finally {
            if (!reset || !inOnePass) {
                startAll(processors);
            }
        }
        if (inOnePass) {
            pass = replayer.submit(() -> replayThenStart(processors));
        }
        log.info("Rebuild started for {}", processors);
        return progress();
    }

    /** Whatever happens to the pass, the processors take over: a pass that failed half-way, they finish. */
    private void replayThenStart(List<String> processors) {
        try {
            onePass.replay(processors);
        } catch (RuntimeException e) {
            log.error("The one-pass rebuild of {} stopped; the processors go on from where it got to", processors, e);
        } finally {
            startAll(processors);
        }
    }

    private void startAll(List<String> processors) {
        processors.forEach(p -> positions.processor(p).ifPresent(StreamingEventProcessor::start));
    }

    @PreDestroy
    void stop() {
        replayer.shutdownNow();
    }

    private static CustomizableThreadFactory daemon() {
        CustomizableThreadFactory threads = new CustomizableThreadFactory("ctg-one-pass-rebuild-");
        threads.setDaemon(true);
        return threads;
    }

    RebuildProgress progress() {
        return RebuildProgress.of(state.all());
    }

    private void reset(List<String> processors) {
        long head = positions.head();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (String processor : processors) {
            List<String> tables = ReadModel.filledBy(processor, readModels).stream()
                    .flatMap(model -> model.tables().stream())
                    .toList();
            jdbc.execute("TRUNCATE " + String.join(", ", tables));
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor);
            if (inOnePass) {
                // Segments at the start of the store, claimed by nobody: the pass moves them, or the processors do.
                tokens.initializeTokenSegments(processor, segments);
            }
            jdbc.update("""
                    INSERT INTO projection_rebuild (processor_name, target_position, started_at, finished_at)
                    VALUES (?, ?, ?, NULL)
                    ON CONFLICT (processor_name) DO UPDATE
                    SET target_position = excluded.target_position, started_at = excluded.started_at,
                        finished_at = NULL""", processor, head, now);
        }
    }
}
