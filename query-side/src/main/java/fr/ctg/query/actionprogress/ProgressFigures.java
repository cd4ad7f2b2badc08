package fr.ctg.query.actionprogress;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.query.ActionProgressItem;
import fr.ctg.actionplan.query.ProgressBreakdown;
import fr.ctg.actionplan.query.ProgressCounts;
import fr.ctg.query.support.Shares;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Counts per status, share done and overdue count, in total and per theme, level, period and perimeter. */
final class ProgressFigures {

    private ProgressFigures() {
    }

    static ProgressCounts counts(List<ActionProgressItem> actions) {
        Map<ActionStatus, Integer> byStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus status : ActionStatus.values()) {
            byStatus.put(status, 0);
        }
        int overdue = 0;
        for (ActionProgressItem action : actions) {
            byStatus.merge(action.status(), 1, Integer::sum);
            overdue += action.overdue() ? 1 : 0;
        }
        return new ProgressCounts(actions.size(), byStatus, Shares.of(byStatus.get(ActionStatus.DONE), actions.size()),
                overdue);
    }

    /** Themes in the order the plan first lists them. */
    static List<ProgressBreakdown> byTheme(List<ActionProgressItem> actions) {
        return group(actions, item -> List.of(String.valueOf(item.themeCode())), null);
    }

    static List<ProgressBreakdown> byLevel(List<ActionProgressItem> actions) {
        return group(actions, item -> List.of(item.level().name()),
                Comparator.comparing(key -> fr.ctg.actionplan.ActionLevel.valueOf(key).ordinal()));
    }

    static List<ProgressBreakdown> byPeriod(List<ActionProgressItem> actions) {
        return group(actions, item -> List.of(item.period().toString()), Comparator.naturalOrder());
    }

    /** An action touching several perimeters counts in each of them. */
    static List<ProgressBreakdown> byPerimeter(List<ActionProgressItem> actions) {
        return group(actions, ActionProgressItem::perimeterCodes, Comparator.naturalOrder());
    }

    private static List<ProgressBreakdown> group(List<ActionProgressItem> actions,
                                                 Function<ActionProgressItem, List<String>> keys,
                                                 Comparator<String> order) {
        Map<String, List<ActionProgressItem>> groups = new LinkedHashMap<>();
        for (ActionProgressItem action : actions) {
            for (String key : keys.apply(action)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(action);
            }
        }
        List<String> ordered = new ArrayList<>(groups.keySet());
        if (order != null) {
            ordered.sort(order);
        }
        return ordered.stream().map(key -> new ProgressBreakdown(key, counts(groups.get(key)))).toList();
    }
}
