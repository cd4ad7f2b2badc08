package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionSheet;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.DefineConvention;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.PerimeterDraft;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns a definition into the event that records it, resolving communes and the EPCI from the reference data. */
final class DefinitionRules {

    private DefinitionRules() {
    }

    static ConventionDefined define(DefineConvention command, CommuneRegistry registry) {
        RuleViolation.check(notBlank(command.name()), "convention-name-required", "A convention needs a name.");
        RuleViolation.check(notBlank(command.caf()), "convention-caf-required", "A convention names its CAF.");
        RuleViolation.check(command.period() != null && command.period().startYear() <= command.period().endYear(),
                "convention-period-invalid", "A convention's period runs from a start year to an end year.");
        List<Perimeter> perimeters = perimeters(nonNull(command.perimeters()), registry);
        List<Theme> themes = nonNull(command.themes());
        Map<String, String> themeOfStake = stakes(nonNull(command.stakes()), themes);
        PlanCatalog catalog = new PlanCatalog(command.period(), codes(themes), themeOfStake,
                new HashSet<>(perimeters.stream().map(Perimeter::code).toList()),
                new HashSet<>(perimeters.stream().flatMap(p -> p.communes().stream()).map(Commune::inseeCode).toList()));
        Set<String> actionIds = new HashSet<>();
        for (ActionSheet action : nonNull(command.actions())) {
            catalog.check(action);
            RuleViolation.check(actionIds.add(action.actionId()), "action-already-exists",
                    "Action " + action.actionId() + " is defined twice.");
        }
        List<Commune> communes = perimeters.stream().flatMap(p -> p.communes().stream()).toList();
        return new ConventionDefined(command.conventionId(), command.name(), command.caf(), command.period(),
                perimeters, themes, nonNull(command.stakes()), nonNull(command.actions()),
                PartyRules.resolve(command.parties(), communes, registry));
    }

    private static List<Perimeter> perimeters(List<PerimeterDraft> drafts, CommuneRegistry registry) {
        RuleViolation.check(!drafts.isEmpty(), "convention-perimeter-required",
                "A convention has at least one perimeter.");
        Map<String, String> perimeterOfCommune = new HashMap<>();
        Map<String, Perimeter> perimeters = new LinkedHashMap<>();
        for (PerimeterDraft draft : drafts) {
            RuleViolation.check(notBlank(draft.code()) && !perimeters.containsKey(draft.code()),
                    "perimeter-code-duplicate", "Perimeter codes are present and unique: " + draft.code() + ".");
            List<String> codes = nonNull(draft.communeInseeCodes());
            RuleViolation.check(!codes.isEmpty(), "perimeter-commune-required",
                    "Perimeter " + draft.code() + " has no commune.");
            List<Commune> communes = new ArrayList<>();
            for (String insee : codes) {
                Commune commune = registry.find(insee).orElseThrow(() -> RuleViolation.notFound(
                        "commune-unknown", "No French commune has INSEE code " + insee + "."));
                String other = perimeterOfCommune.putIfAbsent(insee, draft.code());
                RuleViolation.check(other == null, "commune-in-several-perimeters", commune.name() + " (" + insee
                        + ") cannot belong to perimeter " + other + " and to perimeter " + draft.code() + ".");
                communes.add(commune);
            }
            perimeters.put(draft.code(), new Perimeter(draft.code(), draft.name(), List.copyOf(communes)));
        }
        return List.copyOf(perimeters.values());
    }

    private static Map<String, String> stakes(List<Stake> stakes, List<Theme> themes) {
        Set<String> themeCodes = new HashSet<>();
        for (Theme theme : themes) {
            RuleViolation.check(notBlank(theme.code()) && themeCodes.add(theme.code()), "theme-code-duplicate",
                    "Theme codes are present and unique: " + theme.code() + ".");
        }
        Map<String, String> themeOfStake = new HashMap<>();
        for (Stake stake : stakes) {
            RuleViolation.check(themeCodes.contains(stake.themeCode()), "stake-theme-unknown",
                    "Stake " + stake.code() + " names theme " + stake.themeCode() + ", which is not defined.");
            RuleViolation.check(notBlank(stake.code()) && themeOfStake.putIfAbsent(stake.code(), stake.themeCode()) == null,
                    "stake-code-duplicate", "Stake codes are present and unique: " + stake.code() + ".");
        }
        return themeOfStake;
    }

    private static Set<String> codes(List<Theme> themes) {
        return new HashSet<>(themes.stream().map(Theme::code).toList());
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }
}
