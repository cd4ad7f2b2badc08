package fr.ctg.query.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.amendment.PlanHistory;
import fr.ctg.amendment.query.AmendmentView;
import fr.ctg.amendment.query.FindAmendment;
import fr.ctg.amendment.query.FindPlanDiff;
import fr.ctg.amendment.query.FindPlanInForce;
import fr.ctg.amendment.query.FindPlanVersions;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionList;
import fr.ctg.amendment.PlanDiff;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.GuardedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Per convention, the events of its plan's versions and amendments ({@link PlanEvents}), kept as they are; the
 * queries fold them with the shared {@link PlanHistory}. Each write is an insert keyed by the event's sequence number
 * that ignores a row already there ({@link GuardedWrites}).
 */
@Component
@ProcessingGroup(ProcessorNames.PLAN)
class PlanProjection implements ReadModel {

    private static final ObjectMapper JSON = EventJson.mapper();

    private final JdbcTemplate jdbc;
    private final GuardedWrites writes;

    PlanProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new GuardedWrites(jdbc, ProcessorNames.PLAN);
    }

    @Override
    public String processorName() {
        return ProcessorNames.PLAN;
    }

    @Override
    public List<String> tables() {
        return List.of("plan_event");
    }

    /** Every event reaches here; only the plan's are kept. */
    @EventHandler
    void on(Object event, @SequenceNumber long sequence) throws JsonProcessingException {
        String type = PlanEvents.typeOf(event);
        if (type == null) {
            return;
        }
        writes.insert("""
                        INSERT INTO plan_event (convention_id, sequence_number, event_type, payload)
                        VALUES (?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                PlanEvents.conventionId(event), sequence, type, JSON.writeValueAsString(event));
    }

    @QueryHandler
    PlanInForceView handle(FindPlanInForce query) {
        return history(query.conventionId()) == null ? null
                : PlanViews.inForce(history(query.conventionId()), query.on());
    }

    @QueryHandler
    PlanVersionList handle(FindPlanVersions query) {
        PlanHistory history = history(query.conventionId());
        return history == null ? null : PlanViews.versions(history);
    }

    @QueryHandler
    PlanDiff handle(FindPlanDiff query) {
        PlanHistory history = history(query.conventionId());
        return history == null ? null : PlanViews.diff(history, query.from(), query.to());
    }

    @QueryHandler
    AmendmentView handle(FindAmendment query) {
        PlanHistory history = history(query.conventionId());
        return history == null ? null : PlanViews.amendment(history, query.number());
    }

    /** Null for a convention this view has never seen. */
    private PlanHistory history(String conventionId) {
        List<Object> events = jdbc.query("""
                        SELECT event_type, payload FROM plan_event WHERE convention_id = ? ORDER BY sequence_number""",
                (rs, n) -> PlanEvents.read(JSON, rs.getString("event_type"), rs.getString("payload")), conventionId);
        if (events.isEmpty()) {
            return null;
        }
        PlanHistory history = new PlanHistory();
        events.forEach(history::apply);
        return history;
    }
}
