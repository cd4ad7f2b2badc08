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
import fr.ctg.actionplan.query.ActionsOfConventions;
import fr.ctg.actionplan.query.FindActionsOfConventions;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.amendment.AmendmentInForce;
import fr.ctg.amendment.EndedAction;
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
import java.time.LocalDate;
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
        Map<String, String> perimeterOf = communes(event.conventionId(), event.perimeters());
        List<ActionSheet> actions = event.actions() == null ? List.of() : event.actions();
        for (int ordinal = 0; ordinal < actions.size(); ordinal++) {
            insert(event.conventionId(), actions.get(ordinal), ordinal, perimeterOf, null, 1, sequence);
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
        insert(event.conventionId(), event.action(), nextOrdinal(event.conventionId()), perimeterOf, null, 1,
                sequence);
    }

    /** Each commune's perimeter, kept (a commune joining by amendment finds its row too) and answered. */
    private Map<String, String> communes(String conventionId, List<Perimeter> perimeters) {
        Map<String, String> perimeterOf = new HashMap<>();
        for (Perimeter perimeter : perimeters) {
            for (Commune commune : perimeter.communes()) {
                perimeterOf.put(commune.inseeCode(), perimeter.code());
                writes.insert("""
                        INSERT INTO action_progress_commune (convention_id, insee_code, perimeter_code)
                        VALUES (?, ?, ?) ON CONFLICT DO NOTHING""",
                        conventionId, commune.inseeCode(), perimeter.code());
            }
        }
        return perimeterOf;
    }

    private int nextOrdinal(String conventionId) {
        Integer next = jdbc.queryForObject(
                "SELECT coalesce(max(ordinal) + 1, 0) FROM action_progress WHERE convention_id = ?", Integer.class,
                conventionId);
        return next == null ? 0 : next;
    }

    /**
     * A sheet as the version {@code :version} has it; applied once per version, since {@code plan_version} only
     * grows (a status update's {@code last_sequence} guard is left to status updates). A new title keeps the one
     * before in {@code earlier_titles}, until the version's day (the right-hand {@code title} is the row's old one).
     */
    private static final SqlStatement SHEET_OF_VERSION = SqlStatement.of("""
            UPDATE action_progress
            SET earlier_titles = CASE WHEN title = :title THEN earlier_titles
                    ELSE earlier_titles || jsonb_build_array(jsonb_build_object('until', CAST(:inForceOn AS text),
                                                                                'title', title)) END,
                title = :title, theme_code = :themeCode, stake_code = :stakeCode, level = :level,
                period_start = :periodStart, period_end = :periodEnd, scope = CAST(:scope AS jsonb),
                perimeter_codes = CAST(:perimeterCodes AS jsonb), plan_version = :version
            WHERE convention_id = :conventionId AND action_id = :actionId AND plan_version < :version""");

    /** An action the version ends: it keeps its row and history, and counts until the day before. */
    private static final SqlStatement ENDED_BY_VERSION = SqlStatement.of("""
            UPDATE action_progress
            SET ended_on = :endedOn, ended_by_amendment = :amendment, plan_version = :version
            WHERE convention_id = :conventionId AND action_id = :actionId AND plan_version < :version""");

    /**
     * The plan's next version is in force: its new actions get rows that count from that day, its reworded and
     * changed ones their new sheet, the actions it ends their end. The communes that joined find their perimeter.
     */
    @EventHandler
    void on(AmendmentInForce event, @SequenceNumber long sequence) throws JsonProcessingException {
        writes.flush();
        Map<String, String> perimeterOf = communes(event.conventionId(), event.plan().perimeters());
        int ordinal = nextOrdinal(event.conventionId());
        for (ActionSheet action : event.plan().actions()) {
            insert(event.conventionId(), action, ordinal++, perimeterOf, event.inForceOn(), event.version(),
                    sequence);
            writes.update(SHEET_OF_VERSION, sheet(action, perimeterOf)
                    .addValue("version", event.version()).addValue("conventionId", event.conventionId())
                    .addValue("actionId", action.actionId()).addValue("inForceOn", event.inForceOn().toString()));
        }
        for (EndedAction ended : event.ended()) {
            writes.update(ENDED_BY_VERSION, new MapSqlParameterSource().addValue("endedOn", sqlDate(ended.endedOn()))
                    .addValue("amendment", ended.amendmentNumber()).addValue("version", event.version())
                    .addValue("conventionId", event.conventionId()).addValue("actionId", ended.actionId()));
        }
    }

    private static MapSqlParameterSource sheet(ActionSheet action, Map<String, String> perimeterOf)
            throws JsonProcessingException {
        ActionScope scope = scopeOf(action);
        return new MapSqlParameterSource().addValue("title", action.title()).addValue("themeCode", action.themeCode())
                .addValue("stakeCode", action.stakeCode()).addValue("level", action.level().name())
                .addValue("periodStart", action.period().startYear()).addValue("periodEnd", action.period().endYear())
                .addValue("scope", JSON.writeValueAsString(scope))
                .addValue("perimeterCodes", JSON.writeValueAsString(perimeters(scope, perimeterOf)));
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

    /** A row for an action of version {@code version}, counted from {@code inForceFrom} (null: version 1's). */
    private void insert(String conventionId, ActionSheet action, int ordinal, Map<String, String> perimeterOf,
                        LocalDate inForceFrom, int version, long sequence) throws JsonProcessingException {
        ActionScope scope = scopeOf(action);
        writes.insert("""
                        INSERT INTO action_progress (convention_id, action_id, ordinal, title, theme_code, stake_code,
                            level, period_start, period_end, scope, perimeter_codes, status, last_sequence,
                            in_force_from, plan_version)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                conventionId, action.actionId(), ordinal, action.title(), action.themeCode(), action.stakeCode(),
                action.level().name(), action.period().startYear(), action.period().endYear(),
                JSON.writeValueAsString(scope), JSON.writeValueAsString(perimeters(scope, perimeterOf)),
                ActionStatus.PLANNED.name(), sequence, sqlDate(inForceFrom), version);
    }

    private static ActionScope scopeOf(ActionSheet action) {
        return action.scope() == null ? new ActionScope(List.of(), List.of()) : action.scope();
    }

    /** The perimeters the scope names, and the perimeter of each commune it names. */
    private static TreeSet<String> perimeters(ActionScope scope, Map<String, String> perimeterOf) {
        TreeSet<String> perimeters = new TreeSet<>(orEmpty(scope.perimeterCodes()));
        for (String inseeCode : orEmpty(scope.communeInseeCodes())) {
            if (perimeterOf.containsKey(inseeCode)) {
                perimeters.add(perimeterOf.get(inseeCode));
            }
        }
        return perimeters;
    }

    private static List<String> orEmpty(List<String> codes) {
        return codes == null ? List.of() : codes;
    }

    @QueryHandler
    ActionProgressView handle(FindActionProgress query) {
        return new ActionProgressQueries(jdbc).progress(query);
    }

    @QueryHandler
    ActionsOfConventions handle(FindActionsOfConventions query) {
        return new ActionsOfConventions(new ActionProgressQueries(jdbc).inForce(query.conventionIds(), query.asOf()));
    }
}
