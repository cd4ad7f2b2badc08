package fr.ctg.amendment;

import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.convention.Commune;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One version of a convention's plan: version 1 is the plan the convention was signed with, version N+1 the plan
 * once amendment N's changes apply. {@code links} holds every merge and split link up to this version.
 * <p>
 * {@link #next} assumes the changes obey the aggregate's rules (it is their effect, not their check), so that the
 * aggregate and the views compute the very same plan.
 */
public record PlanVersion(int version, Period period, List<Perimeter> perimeters, List<ActionSheet> actions,
                          List<ActionLink> links) {

    public Optional<ActionSheet> action(String actionId) {
        return actions.stream().filter(action -> action.actionId().equals(actionId)).findFirst();
    }

    public boolean hasCommune(String inseeCode) {
        return perimeters.stream().flatMap(p -> p.communes().stream()).anyMatch(c -> c.inseeCode().equals(inseeCode));
    }

    /** The same version with one more action (the plan shaped before the signature). */
    public PlanVersion with(ActionSheet action) {
        List<ActionSheet> more = new ArrayList<>(actions);
        more.add(action);
        return new PlanVersion(version, period, perimeters, List.copyOf(more), links);
    }

    /** The plan once {@code changes} apply, in their order, as version {@code version}. */
    public PlanVersion next(List<PlanChange> changes, int version, int amendmentNumber) {
        Map<String, ActionSheet> byId = new LinkedHashMap<>();
        actions.forEach(action -> byId.put(action.actionId(), action));
        List<ActionLink> allLinks = new ArrayList<>(links);
        List<Perimeter> nextPerimeters = new ArrayList<>(perimeters);
        Period nextPeriod = period;
        for (PlanChange change : changes) {
            switch (change.kind()) {
                case ADD_ACTION -> byId.put(change.action().actionId(), change.action());
                case REWORD_ACTION -> byId.computeIfPresent(change.actionId(), (id, a) -> new ActionSheet(id,
                        change.title() == null ? a.title() : change.title(),
                        change.description() == null ? a.description() : change.description(), a.themeCode(),
                        a.stakeCode(), a.level(), a.period(), a.scope()));
                case CHANGE_ACTION -> byId.put(change.actionId(), change.action());
                case MERGE_ACTIONS -> {
                    change.actionIds().forEach(id -> {
                        byId.remove(id);
                        allLinks.add(new ActionLink(id, change.action().actionId(), ActionLink.LinkKind.MERGED_INTO,
                                amendmentNumber));
                    });
                    byId.put(change.action().actionId(), change.action());
                }
                case SPLIT_ACTION -> {
                    byId.remove(change.actionId());
                    change.actions().forEach(part -> {
                        byId.put(part.actionId(), part);
                        allLinks.add(new ActionLink(change.actionId(), part.actionId(), ActionLink.LinkKind.SPLIT_INTO,
                                amendmentNumber));
                    });
                }
                case DROP_ACTION -> byId.remove(change.actionId());
                case ADD_COMMUNE -> nextPerimeters = withCommune(nextPerimeters, change.perimeterCode(),
                        change.commune());
                case REMOVE_COMMUNE -> {
                    nextPerimeters = withoutCommune(nextPerimeters, change.communeInseeCode());
                    byId.replaceAll((id, a) -> withoutCommune(a, change.communeInseeCode()));
                }
                case EXTEND_PERIOD -> nextPeriod = change.period();
            }
        }
        return new PlanVersion(version, nextPeriod, List.copyOf(nextPerimeters), List.copyOf(byId.values()),
                List.copyOf(allLinks));
    }

    private static List<Perimeter> withCommune(List<Perimeter> perimeters, String code, Commune commune) {
        return perimeters.stream().map(p -> {
            if (!p.code().equals(code)) {
                return p;
            }
            List<Commune> communes = new ArrayList<>(p.communes());
            communes.add(commune);
            return new Perimeter(p.code(), p.name(), List.copyOf(communes));
        }).toList();
    }

    private static List<Perimeter> withoutCommune(List<Perimeter> perimeters, String inseeCode) {
        return perimeters.stream().map(p -> new Perimeter(p.code(), p.name(), p.communes().stream()
                .filter(c -> !c.inseeCode().equals(inseeCode)).toList())).toList();
    }

    private static ActionSheet withoutCommune(ActionSheet a, String inseeCode) {
        if (!a.scope().communeInseeCodes().contains(inseeCode)) {
            return a;
        }
        ActionScope scope = new ActionScope(a.scope().perimeterCodes(), a.scope().communeInseeCodes().stream()
                .filter(code -> !code.equals(inseeCode)).toList());
        return new ActionSheet(a.actionId(), a.title(), a.description(), a.themeCode(), a.stakeCode(), a.level(),
                a.period(), scope);
    }
}
