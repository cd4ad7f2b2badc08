package fr.ctg.query.indicator;

import fr.ctg.actionplan.indicator.IndicatorScope;

/** A measure's scope as one column of its key: '*' for the indicator's whole scope. */
final class Scopes {

    static final String WHOLE = "*";

    private Scopes() {
    }

    static String key(IndicatorScope scope) {
        if (scope == null) {
            return WHOLE;
        }
        return scope.perimeterCode() != null ? "P:" + scope.perimeterCode() : "C:" + scope.communeInseeCode();
    }
}
