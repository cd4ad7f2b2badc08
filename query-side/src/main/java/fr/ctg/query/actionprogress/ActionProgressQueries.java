package fr.ctg.query.actionprogress;

import com.fasterxml.jackson.core.type.TypeReference;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.query.IndicatorCounts;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.convention.Period;
import fr.ctg.query.indicator.YearlyValues;
import fr.ctg.query.support.JsonColumns;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.ctg.query.support.Columns.date;
import static fr.ctg.query.support.Columns.sqlDate;

/**
 * Reads a convention's actions, marks the overdue ones as of the asked date, filters, counts and pages. A
 * convention has tens to hundreds of actions, so the counting is done here rather than in SQL.
 */
class ActionProgressQueries {

    private static final TypeReference<List<String>> CODES = new TypeReference<>() {
    };
    private static final TypeReference<List<EarlierTitle>> EARLIER_TITLES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, BigDecimal>> YEARLY = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;

    ActionProgressQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Null for a convention this view has never seen. */
    ActionProgressView progress(FindActionProgress query) {
        Boolean known = jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM action_progress_commune WHERE convention_id = ?)", Boolean.class,
                query.conventionId());
        if (!Boolean.TRUE.equals(known)) {
            return null;
        }
        int year = query.asOf().getYear();
        List<ActionProgressItem> actions = inForce(List.of(query.conventionId()), query.asOf())
                .getOrDefault(query.conventionId(), List.of());
        List<ActionProgressItem> matching = actions.stream().filter(item -> matches(item, query)).toList();
        int from = (int) Math.min(query.page().offset(), matching.size());
        int to = Math.min(from + query.page().size(), matching.size());
        return new ActionProgressView(query.conventionId(), query.asOf(), ProgressFigures.counts(matching),
                ProgressFigures.byTheme(matching), ProgressFigures.byLevel(matching),
                ProgressFigures.byPeriod(matching), ProgressFigures.byPerimeter(matching),
                matching.subList(from, to), query.page().page(), query.page().size(), matching.size(),
                IndicatorFigures.total(year, matching.stream().map(ActionProgressItem::indicators).toList()));
    }

    private static boolean matches(ActionProgressItem item, FindActionProgress query) {
        return (query.perimeterCode() == null || item.perimeterCodes().contains(query.perimeterCode()))
                && (query.themeCode() == null || query.themeCode().equals(item.themeCode()))
                && (query.period() == null || query.period().equals(item.period()))
                && (query.status() == null || query.status() == item.status())
                && (query.level() == null || query.level() == item.level())
                && (!query.overdueOnly() || item.overdue());
    }

    /**
     * By convention, the actions of the version of the plan in force on {@code asOf} (version 1's before any
     * amendment), in plan order, judged on that day; one statement whatever the number of conventions. A convention
     * without such actions has no entry.
     */
    Map<String, List<ActionProgressItem>> inForce(List<String> conventionIds, LocalDate asOf) {
        Object ids = conventionIds.toArray(String[]::new);
        Map<String, Map<String, List<YearlyValues>>> indicators = indicators(ids);
        int year = asOf.getYear();
        Map<String, List<ActionProgressItem>> byConvention = new LinkedHashMap<>();
        jdbc.query("""
                        SELECT * FROM action_progress
                        WHERE convention_id = ANY(?) AND (in_force_from IS NULL OR in_force_from <= ?)
                          AND (ended_on IS NULL OR ended_on > ?)
                        ORDER BY convention_id, ordinal""",
                rs -> {
                    String conventionId = rs.getString("convention_id");
                    List<YearlyValues> ofAction = indicators.getOrDefault(conventionId, Map.of())
                            .getOrDefault(rs.getString("action_id"), List.of());
                    byConvention.computeIfAbsent(conventionId, id -> new ArrayList<>())
                            .add(item(rs, asOf, IndicatorFigures.counts(year, ofAction)));
                }, ids, sqlDate(asOf), sqlDate(asOf));
        return byConvention;
    }

    /** By convention then action, each indicator with the current whole-scope value of each measured year. */
    private Map<String, Map<String, List<YearlyValues>>> indicators(Object conventionIds) {
        Map<String, Map<String, List<YearlyValues>>> byConvention = new HashMap<>();
        jdbc.query("""
                        SELECT convention_id, action_id, definition, yearly_values FROM action_progress_indicator
                        WHERE convention_id = ANY(?)""",
                rs -> {
                    byConvention.computeIfAbsent(rs.getString("convention_id"), id -> new HashMap<>())
                            .computeIfAbsent(rs.getString("action_id"), id -> new ArrayList<>())
                            .add(YearlyValues.of(
                                    JsonColumns.read(rs.getString("definition"), IndicatorDefinition.class),
                                    yearly(rs.getString("yearly_values"))));
                }, conventionIds);
        return byConvention;
    }

    private static Map<Integer, BigDecimal> yearly(String json) {
        Map<Integer, BigDecimal> values = new HashMap<>();
        JsonColumns.read(json, YEARLY).forEach((year, value) -> values.put(Integer.valueOf(year), value));
        return values;
    }

    private static ActionProgressItem item(ResultSet rs, LocalDate asOf, IndicatorCounts indicators)
            throws SQLException {
        Period period = new Period(rs.getInt("period_start"), rs.getInt("period_end"));
        ActionStatus status = ActionStatus.valueOf(rs.getString("status"));
        return new ActionProgressItem(rs.getString("action_id"),
                titleOn(asOf, rs.getString("title"), rs.getString("earlier_titles")), rs.getString("theme_code"),
                rs.getString("stake_code"), ActionLevel.valueOf(rs.getString("level")), period,
                JsonColumns.read(rs.getString("scope"), ActionScope.class),
                JsonColumns.read(rs.getString("perimeter_codes"), CODES), status,
                date(rs, "status_on"), rs.getString("note"), rs.getString("reason"),
                Overdue.isOverdue(period, status, asOf), indicators);
    }

    /** The title of the version in force on {@code asOf}: the first earlier one it had until after that day. */
    private static String titleOn(LocalDate asOf, String latest, String earlierTitles) {
        for (EarlierTitle earlier : JsonColumns.read(earlierTitles, EARLIER_TITLES)) {
            if (LocalDate.parse(earlier.until()).isAfter(asOf)) {
                return earlier.title();
            }
        }
        return latest;
    }

    /** A title an action had until the day another version of the plan came into force. */
    private record EarlierTitle(String until, String title) {
    }
}
