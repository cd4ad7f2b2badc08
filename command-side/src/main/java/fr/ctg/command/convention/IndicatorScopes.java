package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.indicator.IndicatorScope;

import java.util.Map;
import java.util.Set;

import static fr.ctg.command.convention.RuleViolation.check;

/**
 * The convention's perimeters and which perimeter each commune belongs to: what a scope may name. A scope names
 * one perimeter or one commune; it must lie within the enclosing scope (an action's or an indicator's).
 */
record IndicatorScopes(Map<String, String> perimeterOfCommune, Set<String> perimeterCodes) {

    void checkWithin(IndicatorScope scope, ActionScope actionScope, String what) {
        if (scope == null) {
            return;
        }
        check((scope.perimeterCode() == null) != (scope.communeInseeCode() == null), what + "-scope-invalid",
                "A scope names one perimeter or one commune.");
        if (scope.perimeterCode() != null) {
            check(perimeterCodes.contains(scope.perimeterCode()), what + "-scope-unknown",
                    "The convention has no perimeter " + scope.perimeterCode() + ".");
            check(actionScope.perimeterCodes().contains(scope.perimeterCode()), what + "-scope-outside-action",
                    "Perimeter " + scope.perimeterCode() + " is not in the action's scope.");
        } else {
            String perimeter = perimeterOfCommune.get(scope.communeInseeCode());
            check(perimeter != null, what + "-scope-unknown",
                    "Commune " + scope.communeInseeCode() + " is not a member of the convention.");
            check(actionScope.communeInseeCodes().contains(scope.communeInseeCode())
                            || actionScope.perimeterCodes().contains(perimeter), what + "-scope-outside-action",
                    "Commune " + scope.communeInseeCode() + " is not in the action's scope.");
        }
    }
}
