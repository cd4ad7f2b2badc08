package fr.ctg.audit.history;

import java.util.List;
import java.util.regex.Pattern;

/** Whose history: a whole convention, one commune in it, or one action of its plan. */
record Subject(String conventionId, String communeInseeCode, String actionId) {

    /** A commune's INSEE code, or the EPCI's SIREN: the key of a council's route events. */
    private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}|[0-9]{9}");
    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final String DEFINED = "fr.ctg.convention.ConventionDefined";

    Subject {
        if (communeInseeCode != null && !INSEE.matcher(communeInseeCode).matches()) {
            throw HistoryFilter.invalid("A commune is named by its INSEE code, e.g. 42186, the EPCI by its SIREN.");
        }
        if (actionId != null && !ACTION.matcher(actionId).matches()) {
            throw HistoryFilter.invalid("An action id has 1 to 100 letters, digits, '.', '_' or '-'.");
        }
    }

    /**
     * Events naming the commune or action in their payload, and the definition that brought it into the convention
     * (an action added later is named inside {@code ActionAdded.action}).
     */
    void appendTo(StringBuilder where, List<Object> arguments) {
        where.append("aggregate_identifier = ?");
        arguments.add(conventionId);
        if (communeInseeCode != null) {
            where.append(" AND (payload->>'communeInseeCode' = ? OR (payload_type = '" + DEFINED
                    + "' AND payload->'perimeters' @> ?::jsonb))");
            arguments.add(communeInseeCode);
            arguments.add("[{\"communes\":[{\"inseeCode\":\"" + communeInseeCode + "\"}]}]");
        }
        if (actionId != null) {
            where.append(" AND (payload->>'actionId' = ? OR payload->'action'->>'actionId' = ? OR (payload_type = '"
                    + DEFINED + "' AND payload->'actions' @> ?::jsonb))");
            arguments.add(actionId);
            arguments.add(actionId);
            arguments.add("[{\"actionId\":\"" + actionId + "\"}]");
        }
    }

    String fileName() {
        return conventionId + (communeInseeCode != null ? "-commune-" + communeInseeCode : "")
                + (actionId != null ? "-action-" + actionId : "") + "-history";
    }
}
