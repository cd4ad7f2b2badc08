package fr.ctg.route.query;

import java.util.List;

/**
 * The councils (communes and EPCI) of several conventions at once, in one read: what a to-do list across many
 * conventions needs without a query per convention. An unknown convention simply has no council in the answer.
 */
public record FindCouncilsOfConventions(List<String> conventionIds) {

    public FindCouncilsOfConventions {
        conventionIds = List.copyOf(conventionIds);
    }
}
