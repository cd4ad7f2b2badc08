package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.convention.Period;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** What an action sheet may refer to in its convention: themes, stakes, perimeters, communes and the period. */
record PlanCatalog(Period period, Set<String> themeCodes, Map<String, String> themeOfStake,
                   Set<String> perimeterCodes, Set<String> communeInseeCodes) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    void check(ActionSheet action) {
        RuleViolation.check(action.actionId() != null && CODE.matcher(action.actionId()).matches(),
                "action-id-invalid", "An action id is 1 to 64 letters, digits, '-' or '_'.");
        RuleViolation.check(action.title() != null && !action.title().isBlank(), "action-title-required",
                "Action " + action.actionId() + " needs a title.");
        RuleViolation.check(action.level() != null, "action-level-required",
                "Action " + action.actionId() + " needs a level.");
        RuleViolation.check(themeCodes.contains(action.themeCode()), "action-theme-unknown",
                "Action " + action.actionId() + " names theme " + action.themeCode()
                        + ", which the convention does not have.");
        RuleViolation.check(action.stakeCode() == null
                        || action.themeCode().equals(themeOfStake.get(action.stakeCode())),
                "action-stake-not-in-theme", "Action " + action.actionId() + " names stake " + action.stakeCode()
                        + ", which is not a stake of theme " + action.themeCode() + ".");
        Period actionPeriod = action.period();
        RuleViolation.check(actionPeriod != null && actionPeriod.startYear() <= actionPeriod.endYear()
                        && actionPeriod.within(period), "action-period-outside-convention",
                "Action " + action.actionId() + " must run within the convention's period " + period + ".");
        checkScope(action.actionId(), action.scope());
    }

    private void checkScope(String actionId, ActionScope scope) {
        RuleViolation.check(scope != null && scope.perimeterCodes() != null && scope.communeInseeCodes() != null
                        && !(scope.perimeterCodes().isEmpty() && scope.communeInseeCodes().isEmpty()),
                "action-scope-empty", "Action " + actionId + " needs a scope: perimeters and/or communes.");
        scope.perimeterCodes().forEach(code -> RuleViolation.check(perimeterCodes.contains(code),
                "action-scope-unknown-perimeter", "Action " + actionId + " names perimeter " + code
                        + ", which the convention does not have."));
        scope.communeInseeCodes().forEach(code -> RuleViolation.check(communeInseeCodes.contains(code),
                "action-scope-unknown-commune", "Action " + actionId + " names commune " + code
                        + ", which is not a member of the convention."));
    }
}
