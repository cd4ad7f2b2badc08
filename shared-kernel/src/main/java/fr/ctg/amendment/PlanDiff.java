package fr.ctg.amendment;

import fr.ctg.actionplan.ActionSheet;
import fr.ctg.convention.Commune;
import fr.ctg.convention.Period;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What differs between two versions of a plan: actions added, removed and changed field by field, the merge and
 * split links made in between, the communes that joined or left, and the period when it changed.
 *
 * @param periodBefore null when the period did not change (and so {@code periodAfter})
 */
public record PlanDiff(int from, int to, List<ActionSheet> added, List<ActionSheet> removed,
                       List<ActionDiff> changed, List<ActionLink> links, List<String> communesAdded,
                       List<String> communesRemoved, Period periodBefore, Period periodAfter) {

    public static PlanDiff between(PlanVersion a, PlanVersion b) {
        Set<String> inA = ids(a);
        Set<String> inB = ids(b);
        List<ActionSheet> added = b.actions().stream().filter(x -> !inA.contains(x.actionId())).toList();
        List<ActionSheet> removed = a.actions().stream().filter(x -> !inB.contains(x.actionId())).toList();
        List<ActionDiff> changed = new ArrayList<>();
        for (ActionSheet before : a.actions()) {
            b.action(before.actionId()).map(after -> fields(before, after)).filter(fields -> !fields.isEmpty())
                    .ifPresent(fields -> changed.add(new ActionDiff(before.actionId(), fields)));
        }
        // Links only grow with versions: those of the later version that the earlier lacks (either way round).
        PlanVersion earlier = a.version() <= b.version() ? a : b;
        PlanVersion later = earlier == a ? b : a;
        List<ActionLink> links = later.links().stream().filter(link -> !earlier.links().contains(link)).toList();
        Set<String> communesA = communes(a);
        Set<String> communesB = communes(b);
        boolean periodChanged = !a.period().equals(b.period());
        return new PlanDiff(a.version(), b.version(), added, removed, List.copyOf(changed), links,
                communesB.stream().filter(c -> !communesA.contains(c)).sorted().toList(),
                communesA.stream().filter(c -> !communesB.contains(c)).sorted().toList(),
                periodChanged ? a.period() : null, periodChanged ? b.period() : null);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && links.isEmpty() && communesAdded.isEmpty()
                && communesRemoved.isEmpty() && periodBefore == null;
    }

    private static List<FieldChange> fields(ActionSheet before, ActionSheet after) {
        List<FieldChange> fields = new ArrayList<>();
        compare(fields, "title", before.title(), after.title());
        compare(fields, "description", before.description(), after.description());
        compare(fields, "themeCode", before.themeCode(), after.themeCode());
        compare(fields, "stakeCode", before.stakeCode(), after.stakeCode());
        compare(fields, "level", before.level(), after.level());
        compare(fields, "period", before.period(), after.period());
        compare(fields, "scope", scope(before), scope(after));
        return List.copyOf(fields);
    }

    private static void compare(List<FieldChange> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(new FieldChange(name, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }

    private static String scope(ActionSheet action) {
        List<String> parts = new ArrayList<>(action.scope().perimeterCodes());
        parts.addAll(action.scope().communeInseeCodes());
        return String.join(", ", parts);
    }

    private static Set<String> ids(PlanVersion version) {
        return version.actions().stream().map(ActionSheet::actionId).collect(Collectors.toSet());
    }

    private static Set<String> communes(PlanVersion version) {
        return version.perimeters().stream().flatMap(p -> p.communes().stream()).map(Commune::inseeCode)
                .collect(Collectors.toSet());
    }
}
