package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.indicator.IndicatorScope;

import fr.ctg.convention.Commune;
import fr.ctg.convention.Perimeter;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.ctg.command.convention.RuleViolation.check;

/**
 * The convention's perimeters and which perimeter each commune belongs to: what a scope may name. A scope names
 * one perimeter or one commune; it must lie within the enclosing scope (an action's or an indicator's).
 */
record IndicatorScopes(Map<String, String> perimeterOfCommune, Set<String> perimeterCodes) {

    /** The scopes of a plan's perimeters: the definition's, or a version's an amendment brought into force. */
    static IndicatorScopes of(List<Perimeter> perimeters) {
        Map<String, String> perimeterOfCommune = new HashMap<>();
        for (Perimeter perimeter : perimeters) {
            for (Commune commune : perimeter.communes()) {
                perimeterOfCommune.put(commune.inseeCode(), perimeter.code());
            }
        }
        return new IndicatorScopes(perimeterOfCommune,
                new HashSet<>(perimeters.stream().map(Perimeter::code).toList()));
    }

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
