package fr.ctg.actionplan;

import fr.ctg.convention.Period;

/** A fiche action: what the plan will do, under which theme and stake, at which level, when and where. */
public record ActionSheet(
        String actionId,
        String title,
        String description,
        String themeCode,
        String stakeCode,
        ActionLevel level,
        Period period,
        ActionScope scope) {
}
