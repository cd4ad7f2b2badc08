package fr.ctg.actionplan.indicator.query;

import java.util.List;

/** Every indicator of several conventions, judged for {@code year}, in one read (each as {@link FindConventionIndicators}). */
public record FindIndicatorsOfConventions(List<String> conventionIds, int year) {

    public FindIndicatorsOfConventions {
        conventionIds = List.copyOf(conventionIds);
    }
}
