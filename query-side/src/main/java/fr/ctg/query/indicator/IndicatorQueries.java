package fr.ctg.query.indicator;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.actionplan.indicator.query.FindActionIndicators;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.FindIndicatorsOfConventions;
import fr.ctg.actionplan.indicator.query.IndicatorsOfConventions;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.indicator.query.IndicatorView;
import fr.ctg.actionplan.indicator.query.MeasureCorrection;
import fr.ctg.actionplan.indicator.query.MeasureView;
import fr.ctg.query.support.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads indicators with their measures and judges each for the asked year. */
class IndicatorQueries {

    private static final TypeReference<List<MeasureCorrection>> CORRECTIONS = new TypeReference<>() {
    };

    /** Plan order, then the order in which each action's indicators were defined. */
    private static final String INDICATORS = """
            SELECT i.convention_id, i.action_id, i.indicator_id, i.definition
            FROM indicator i JOIN indicator_action a
              ON a.convention_id = i.convention_id AND a.action_id = i.action_id
            WHERE i.convention_id = ANY(?) AND (CAST(? AS text) IS NULL OR i.action_id = ?)
            ORDER BY a.ordinal, i.defined_sequence""";

    /** By year, the whole scope ('*') first, then its parts. */
    private static final String MEASURES = """
            SELECT * FROM indicator_measure
            WHERE convention_id = ANY(?) AND (CAST(? AS text) IS NULL OR action_id = ?)
            ORDER BY measure_year, scope_key COLLATE "C"
            """;

    private final JdbcTemplate jdbc;

    IndicatorQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Null for an action (or a convention) this view has never seen. */
    IndicatorList ofAction(FindActionIndicators query) {
        Boolean known = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM indicator_action WHERE convention_id = ? AND action_id = ?)",
                Boolean.class, query.conventionId(), query.actionId());
        if (!Boolean.TRUE.equals(known)) {
            return null;
        }
        return new IndicatorList(query.conventionId(), query.actionId(), query.year(),
                indicators(query.conventionId(), query.actionId(), query.year()));
    }

    /** Null for a convention this view has never seen. */
    IndicatorList ofConvention(FindConventionIndicators query) {
        Boolean known = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM indicator_convention WHERE convention_id = ?)", Boolean.class,
                query.conventionId());
        if (!Boolean.TRUE.equals(known)) {
            return null;
        }
        return new IndicatorList(query.conventionId(), null, query.year(),
                indicators(query.conventionId(), null, query.year()));
    }

    /** Every indicator of these conventions in one read, by convention; one without indicators has no entry. */
    IndicatorsOfConventions ofConventions(FindIndicatorsOfConventions query) {
        return new IndicatorsOfConventions(indicators(query.conventionIds(), null, query.year()));
    }

    private List<IndicatorView> indicators(String conventionId, String actionId, int year) {
        return indicators(List.of(conventionId), actionId, year).getOrDefault(conventionId, List.of());
    }

    /** By convention, in plan order; {@code actionId} null for every action. */
    private Map<String, List<IndicatorView>> indicators(List<String> conventionIds, String actionId, int year) {
        Object ids = conventionIds.toArray(String[]::new);
        Map<String, List<MeasureView>> measures = new HashMap<>();
        jdbc.query(MEASURES, rs -> {
            measures.computeIfAbsent(rs.getString("convention_id") + "/" + rs.getString("action_id") + "/"
                    + rs.getString("indicator_id"), key -> new ArrayList<>()).add(measure(rs));
        }, ids, actionId, actionId);
        Map<String, List<IndicatorView>> byConvention = new LinkedHashMap<>();
        jdbc.query(INDICATORS, rs -> {
            String conventionId = rs.getString("convention_id");
            String id = rs.getString("action_id");
            IndicatorDefinition definition = JsonColumns.read(rs.getString("definition"), IndicatorDefinition.class);
            byConvention.computeIfAbsent(conventionId, key -> new ArrayList<>()).add(view(id, definition,
                    measures.getOrDefault(conventionId + "/" + id + "/" + definition.indicatorId(), List.of()),
                    year));
        }, ids, actionId, actionId);
        return byConvention;
    }

    private static IndicatorView view(String actionId, IndicatorDefinition definition, List<MeasureView> measures,
                                      int year) {
        Map<Integer, BigDecimal> whole = new LinkedHashMap<>();
        measures.stream().filter(m -> m.scope() == null).forEach(m -> whole.put(m.year(), m.value()));
        YearlyValues values = YearlyValues.of(definition, whole);
        return new IndicatorView(actionId, definition.indicatorId(), definition.label(), definition.unit(),
                definition.unitLabel(), definition.direction(), definition.baseline(), definition.target(),
                definition.scope(), List.copyOf(measures), values.assessment(year), values.measuredIn(year));
    }

    private static MeasureView measure(ResultSet rs) throws SQLException {
        String scope = rs.getString("scope");
        return new MeasureView(rs.getInt("measure_year"),
                scope == null ? null : JsonColumns.read(scope, IndicatorScope.class),
                rs.getBigDecimal("value"), rs.getBigDecimal("recorded_value"), rs.getString("source"),
                rs.getString("note"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant(),
                JsonColumns.read(rs.getString("corrections"), CORRECTIONS));
    }
}
