package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionSheet;
import fr.ctg.amendment.PlanChange;
import fr.ctg.amendment.PlanVersion;
import fr.ctg.convention.Commune;
import fr.ctg.convention.Perimeter;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import static fr.ctg.command.convention.RuleViolation.check;

/**
 * Whether one change of an amendment may apply to the plan its earlier changes made: the actions it names exist, the
 * sheets it brings obey the plan's catalogue ({@link PlanCatalog}, the rule of {@code POST .../actions}), and it
 * changes something.
 *
 * @param themeOfStake the convention's themes' stakes; {@code themes} its theme codes
 * @param usedIds      whether an action id was ever used by the convention (an ended action keeps its id)
 */
record AmendmentChangeRules(Set<String> themes, Map<String, String> themeOfStake, Predicate<String> usedIds) {

    /** The change as the event records it: a joining commune with its reference data. */
    PlanChange checked(PlanChange change, PlanVersion plan, CommuneRegistry registry) {
        check(change != null && change.kind() != null, "change-kind-required", "Say what the change does.");
        PlanCatalog catalog = catalog(plan);
        switch (change.kind()) {
            case ADD_ACTION -> newSheet(change.action(), plan, catalog);
            case REWORD_ACTION -> {
                ActionSheet current = existing(change.actionId(), plan);
                check(change.title() == null || !change.title().isBlank(), "action-title-required",
                        "A new title is not blank.");
                check((change.title() != null && !change.title().equals(current.title()))
                                || (change.description() != null && !change.description().equals(current.description())),
                        "change-changes-nothing", "The rewording gives the action's very title and description.");
            }
            case CHANGE_ACTION -> {
                check(change.action() != null, "action-required", "Give the action's new sheet.");
                ActionSheet current = existing(change.action().actionId(), plan);
                catalog.check(change.action());
                check(!current.equals(change.action()), "change-changes-nothing",
                        "The new sheet of " + current.actionId() + " is the current one.");
            }
            case MERGE_ACTIONS -> {
                List<String> ids = change.actionIds() == null ? List.of() : change.actionIds();
                check(ids.size() >= 2 && new HashSet<>(ids).size() == ids.size(), "merge-needs-two-actions",
                        "A merge names two or more distinct actions.");
                ids.forEach(id -> existing(id, plan));
                newSheet(change.action(), plan, catalog);
            }
            case SPLIT_ACTION -> {
                existing(change.actionId(), plan);
                List<ActionSheet> parts = change.actions() == null ? List.of() : change.actions();
                check(parts.size() >= 2, "split-needs-two-actions", "A split gives two or more new actions.");
                Set<String> seen = new HashSet<>();
                parts.forEach(part -> {
                    newSheet(part, plan, catalog);
                    check(seen.add(part.actionId()), "action-already-exists",
                            "Action " + part.actionId() + " is named twice.");
                });
            }
            case DROP_ACTION -> existing(change.actionId(), plan);
            case ADD_COMMUNE -> {
                check(plan.perimeters().stream().anyMatch(p -> p.code().equals(change.perimeterCode())),
                        "perimeter-not-in-plan", "The plan has no perimeter " + change.perimeterCode() + ".");
                String code = change.communeInseeCode();
                Commune commune = code == null ? null : registry.find(code).orElse(null);
                if (commune == null) {
                    throw RuleViolation.notFound("commune-unknown", "No commune has the INSEE code " + code + ".");
                }
                check(!plan.hasCommune(code), "commune-already-member", commune.name() + " is already a member.");
                return change.withCommune(commune);
            }
            case REMOVE_COMMUNE -> {
                String code = change.communeInseeCode();
                check(plan.hasCommune(code), "commune-not-in-plan", "Commune " + code + " is not a member.");
                check(plan.perimeters().stream().mapToLong(p -> p.communes().size()).sum() > 1,
                        "last-commune-cannot-leave", "The last commune cannot leave the convention.");
                plan.actions().forEach(action -> check(!(action.scope().perimeterCodes().isEmpty()
                                && action.scope().communeInseeCodes().equals(List.of(code))),
                        "commune-removal-empties-scope", "Action " + action.actionId() + " applies to " + code
                                + " alone; change or drop it first."));
            }
            case EXTEND_PERIOD -> check(change.period() != null
                            && change.period().startYear() == plan.period().startYear()
                            && change.period().endYear() > plan.period().endYear(), "period-not-extended",
                    "An extension keeps the start year " + plan.period().startYear() + " and ends after "
                            + plan.period().endYear() + ".");
        }
        return change;
    }

    private void newSheet(ActionSheet action, PlanVersion plan, PlanCatalog catalog) {
        check(action != null, "action-required", "Give the new action's sheet.");
        catalog.check(action);
        check(plan.action(action.actionId()).isEmpty() && !usedIds.test(action.actionId()), "action-already-exists",
                "Action id " + action.actionId() + " is already used by the convention.");
    }

    private static ActionSheet existing(String actionId, PlanVersion plan) {
        return plan.action(Objects.requireNonNullElse(actionId, "")).orElseThrow(() -> RuleViolation.notFound(
                "action-not-in-plan", "The plan being amended has no action " + actionId + "."));
    }

    private PlanCatalog catalog(PlanVersion plan) {
        Set<String> communes = new HashSet<>();
        plan.perimeters().forEach(p -> p.communes().forEach(c -> communes.add(c.inseeCode())));
        return new PlanCatalog(plan.period(), themes, themeOfStake,
                new HashSet<>(plan.perimeters().stream().map(Perimeter::code).toList()), communes);
    }
}
