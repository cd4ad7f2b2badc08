package fr.ctg.convention.query;

import java.util.List;

/** The summaries of several conventions in one read; an unknown convention is simply not in the answer. */
public record FindConventionSummaries(List<String> conventionIds) {

    public FindConventionSummaries {
        conventionIds = List.copyOf(conventionIds);
    }
}
