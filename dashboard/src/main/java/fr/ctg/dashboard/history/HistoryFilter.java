package fr.ctg.dashboard.history;

import java.util.List;

/**
 * Which events of a convention the history shows: those of one commune (INSEE code), of one action, or all of them
 * (a null field does not filter). A blank value in the address is no filter.
 */
record HistoryFilter(String commune, String action) {

    static HistoryFilter of(String commune, String action) {
        return new HistoryFilter(value(commune), value(action));
    }

    private static String value(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** The SQL conditions (each starting with AND) on {@code domain_event_entry}, their arguments added to the list. */
    String conditions(List<Object> arguments) {
        StringBuilder sql = new StringBuilder();
        if (commune != null) {
            // A document attached to the commune's deliberation or transmission names it as its subject.
            sql.append(" AND (payload->>'communeInseeCode' = ? OR payload->>'subjectKey' = ?)");
            arguments.add(commune);
            arguments.add(commune);
        }
        if (action != null) {
            sql.append(" AND (payload->>'actionId' = ? OR payload->'action'->>'actionId' = ?)");
            arguments.add(action);
            arguments.add(action);
        }
        return sql.toString();
    }
}
