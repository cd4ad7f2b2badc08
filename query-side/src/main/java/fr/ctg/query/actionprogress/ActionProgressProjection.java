package fr.ctg.query.actionprogress;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorMeasureCorrected;
import fr.ctg.actionplan.indicator.IndicatorMeasureRecorded;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Perimeter;
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

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static fr.ctg.query.support.Columns.sqlDate;

/**
 * One row per action sheet with its current status. Inserts ignore a row already there and a status update applies
 * only above the row's {@code last_sequence} ({@link GuardedWrites}), so an event delivered again changes nothing.
 */
@Component
@ProcessingGroup(ProcessorNames.ACTION_PROGRESS)
class ActionProgressProjection implements ReadModel {

    /** Built once: building a mapper costs more than the write it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private final JdbcTemplate jdbc;
    private final GuardedWrites writes;

    ActionProgressProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.writes = new GuardedWrites(jdbc, ProcessorNames.ACTION_PROGRESS);
    }

    @Override
    public String processorName() {
        return ProcessorNames.ACTION_PROGRESS;
    }

    @Override
    public List<String> tables() {
        return List.of("action_progress", "action_progress_commune", "action_progress_indicator");
    }

    @EventHandler
    void on(ConventionDefined event, @SequenceNumber long sequence) throws JsonProcessingException {
        Map<String, String> perimeterOf = new HashMap<>();
        for (Perimeter perimeter : event.perimeters()) {
            for (Commune commune : perimeter.communes()) {
                perimeterOf.put(commune.inseeCode(), perimeter.code());
                writes.insert("""
                        INSERT INTO action_progress_commune (convention_id, insee_code, perimeter_code)
                        VALUES (?, ?, ?) ON CONFLICT DO NOTHING""",
                        event.conventionId(), commune.inseeCode(), perimeter.code());
            }
        }
        List<ActionSheet> actions = event.actions() == null ? List.of() : event.actions();
        for (int ordinal = 0; ordinal < actions.size(); ordinal++) {
            insert(event.conventionId(), actions.get(ordinal), ordinal, perimeterOf, sequence);
        }
    }

    @EventHandler
    void on(ActionAdded event, @SequenceNumber long sequence) throws JsonProcessingException {
        writes.flush();
        Map<String, String> perimeterOf = new HashMap<>();
        jdbc.query("SELECT insee_code, perimeter_code FROM action_progress_commune WHERE convention_id = ?",
                rs -> {
                    perimeterOf.put(rs.getString("insee_code"), rs.getString("perimeter_code"));
                },
                event.conventionId());
        Integer next = jdbc.queryForObject(
                "SELECT coalesce(max(ordinal) + 1, 0) FROM action_progress WHERE convention_id = ?", Integer.class,
                event.conventionId());
        insert(event.conventionId(), event.action(), next == null ? 0 : next, perimeterOf, sequence);
    }

    /**
     * The updates of one action within a processor batch are written as one (a rebuild replays years of them): the
     * last status wins, and the count grows by the batch's updates above the row's {@code last_sequence}.
     */
    private static final SqlStatement STATUS_UPDATED = SqlStatement.of("""
            UPDATE action_progress
            SET status = :status, status_on = :statusOn, note = :note, reason = :reason,
                status_updates = status_updates + (SELECT count(*) FROM unnest(CAST(:sequences AS bigint[])) AS p
                                                   WHERE p > action_progress.last_sequence),
                last_sequence = :sequence
            WHERE convention_id = :conventionId AND action_id = :actionId AND last_sequence < :sequence""");

    @EventHandler
    void on(ActionStatusUpdated event, @SequenceNumber long sequence) {
        writes.mergeIfNewer(STATUS_UPDATED, List.of(event.conventionId(), event.actionId()),
                StatusUpdates.of(event, sequence), StatusUpdates::then, StatusUpdates::parameters);
    }

    /** A whole-scope measure sets its year's value, a correction replaces it; a part of the scope is not counted. */
    private static final SqlStatement YEARLY_VALUE = SqlStatement.of("""
            UPDATE action_progress_indicator
            SET yearly_values = yearly_values || jsonb_build_object(CAST(:year AS text), CAST(:value AS numeric)),
                last_sequence = :sequence
            WHERE convention_id = :conventionId AND action_id = :actionId AND indicator_id = :indicatorId
              AND last_sequence < :sequence""");

    @EventHandler
    void on(IndicatorDefined event, @SequenceNumber long sequence) throws JsonProcessingException {
        writes.insert("""
                        INSERT INTO action_progress_indicator (convention_id, action_id, indicator_id, definition,
                            last_sequence)
                        VALUES (?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""",
                event.conventionId(), event.actionId(), event.indicator().indicatorId(),
                JSON.writeValueAsString(event.indicator()), sequence);
    }

    @EventHandler
    void on(IndicatorMeasureRecorded event, @SequenceNumber long sequence) {
        if (event.scope() == null) {
            yearlyValue(event.conventionId(), event.actionId(), event.indicatorId(), event.year(), event.value(),
                    sequence);
        }
    }

    @EventHandler
    void on(IndicatorMeasureCorrected event, @SequenceNumber long sequence) {
        if (event.scope() == null) {
            yearlyValue(event.conventionId(), event.actionId(), event.indicatorId(), event.year(), event.value(),
                    sequence);
        }
    }

    private void yearlyValue(String conventionId, String actionId, String indicatorId, int year, BigDecimal value,
                             long sequence) {
        writes.updateIfNewer(YEARLY_VALUE, sequence, new MapSqlParameterSource()
                .addValue("year", year).addValue("value", value).addValue("conventionId", conventionId)
                .addValue("actionId", actionId).addValue("indicatorId", indicatorId));
    }

    private void insert(String conventionId, ActionSheet action, int ordinal, Map<String, String> perimeterOf,
                        long sequence) throws JsonProcessingException {
        ActionScope scope = action.scope() == null ? new ActionScope(List.of(), List.of()) : action.scope();
        TreeSet<String> perimeters = new TreeSet<>(orEmpty(scope.perimeterCodes()));
        for (String inseeCode : orEmpty(scope.communeInseeCodes())) {
            if (perimeterOf.containsKey(inseeCode)) {
                perimeters.add(perimeterOf.get(inseeCode));
            }
        }
        writes.insert("""
                        INSERT INTO action_progress (convention_id, action_id, ordinal, title, theme_code, stake_code,
                            level, period_start, period_end, scope, perimeter_codes, status, last_sequence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""",
                conventionId, action.actionId(), ordinal, action.title(), action.themeCode(), action.stakeCode(),
                action.level().name(), action.period().startYear(), action.period().endYear(),
                JSON.writeValueAsString(scope), JSON.writeValueAsString(perimeters),
                ActionStatus.PLANNED.name(), sequence);
    }

    private static List<String> orEmpty(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    @QueryHandler
    ActionProgressView handle(FindActionProgress query) {
        return new ActionProgressQueries(jdbc).progress(query);
    }
}
