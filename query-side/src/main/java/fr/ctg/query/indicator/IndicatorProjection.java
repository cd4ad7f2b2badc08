package fr.ctg.query.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorMeasureCorrected;
import fr.ctg.actionplan.indicator.IndicatorMeasureRecorded;
import fr.ctg.actionplan.indicator.query.FindActionIndicators;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.FindIndicatorsOfConventions;
import fr.ctg.actionplan.indicator.query.IndicatorsOfConventions;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.indicator.query.MeasureCorrection;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.platform.eventstore.EventJson;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.GuardedWrites;
import fr.ctg.query.support.SqlStatement;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Each action's indicators with every measure; a correction updates the measure's current value and appends itself
 * to the measure's corrections. Inserts ignore a row already there and a correction applies only above the row's
 * {@code last_sequence} ({@link GuardedWrites}), so an event delivered again changes nothing.
 */
@Component
@ProcessingGroup(ProcessorNames.INDICATOR)
class IndicatorProjection implements ReadModel {

    /** Built once: building a mapper costs more than the write it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private static final SqlStatement CORRECTED = SqlStatement.of("""
            UPDATE indicator_measure
            SET value = :value, source = :source, note = :note,
                corrections = corrections || CAST(:correction AS jsonb), last_sequence = :sequence
            WHERE convention_id = :conventionId AND action_id = :actionId AND indicator_id = :indicatorId
              AND measure_year = :year AND scope_key = :scopeKey AND last_sequence < :sequence""");

    private final JdbcTemplate jdbc;
    private final GuardedWrites writes;

    IndicatorProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new GuardedWrites(jdbc, ProcessorNames.INDICATOR);
    }

    @Override
    public String processorName() {
        return ProcessorNames.INDICATOR;
    }

    @Override
    public List<String> tables() {
        return List.of("indicator_convention", "indicator_action", "indicator", "indicator_measure");
    }

    @EventHandler
    void on(ConventionDefined event) {
        writes.insert("INSERT INTO indicator_convention (convention_id) VALUES (?) ON CONFLICT DO NOTHING",
                event.conventionId());
        List<ActionSheet> actions = event.actions() == null ? List.of() : event.actions();
        for (int ordinal = 0; ordinal < actions.size(); ordinal++) {
            insertAction(event.conventionId(), actions.get(ordinal).actionId(), ordinal);
        }
    }

    @EventHandler
    void on(ActionAdded event) {
        writes.flush();
        Integer next = jdbc.queryForObject(
                "SELECT coalesce(max(ordinal) + 1, 0) FROM indicator_action WHERE convention_id = ?", Integer.class,
                event.conventionId());
        insertAction(event.conventionId(), event.action().actionId(), next == null ? 0 : next);
    }

    private void insertAction(String conventionId, String actionId, int ordinal) {
        writes.insert("""
                INSERT INTO indicator_action (convention_id, action_id, ordinal) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", conventionId, actionId, ordinal);
    }

    @EventHandler
    void on(IndicatorDefined event, @SequenceNumber long sequence) throws JsonProcessingException {
        writes.insert("""
                        INSERT INTO indicator (convention_id, action_id, indicator_id, defined_sequence, definition)
                        VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                event.conventionId(), event.actionId(), event.indicator().indicatorId(), sequence,
                JSON.writeValueAsString(event.indicator()));
    }

    @EventHandler
    void on(IndicatorMeasureRecorded event, @SequenceNumber long sequence) throws JsonProcessingException {
        writes.insert("""
                        INSERT INTO indicator_measure (convention_id, action_id, indicator_id, measure_year, scope_key, scope,
                            recorded_value, value, source, note, recorded_by, recorded_at, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.conventionId(), event.actionId(), event.indicatorId(), event.year(), Scopes.key(event.scope()),
                event.scope() == null ? null : JSON.writeValueAsString(event.scope()), event.value(), event.value(),
                event.source(), event.note(), event.recordedBy(), Timestamp.from(event.recordedAt()), sequence);
    }

    @EventHandler
    void on(IndicatorMeasureCorrected event, @SequenceNumber long sequence) throws JsonProcessingException {
        MeasureCorrection correction = new MeasureCorrection(event.previousValue(), event.value(), event.source(),
                event.note(), event.reason(), event.correctedBy(), event.correctedAt());
        writes.updateIfNewer(CORRECTED, sequence, new MapSqlParameterSource()
                .addValue("value", event.value())
                .addValue("source", event.source())
                .addValue("note", event.note())
                .addValue("correction", JSON.writeValueAsString(List.of(correction)))
                .addValue("conventionId", event.conventionId())
                .addValue("actionId", event.actionId())
                .addValue("indicatorId", event.indicatorId())
                .addValue("year", event.year())
                .addValue("scopeKey", Scopes.key(event.scope())));
    }

    @QueryHandler
    IndicatorList handle(FindActionIndicators query) {
        return new IndicatorQueries(jdbc).ofAction(query);
    }

    @QueryHandler
    IndicatorList handle(FindConventionIndicators query) {
        return new IndicatorQueries(jdbc).ofConvention(query);
    }

    @QueryHandler
    IndicatorsOfConventions handle(FindIndicatorsOfConventions query) {
        return new IndicatorQueries(jdbc).ofConventions(query);
    }
}
