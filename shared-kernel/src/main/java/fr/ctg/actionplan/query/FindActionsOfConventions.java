package fr.ctg.actionplan.query;

import java.time.LocalDate;
import java.util.List;

/**
 * Every action of several conventions' plans in force on {@code asOf}, judged on that day, in one read: the items a
 * {@link FindActionProgress} without filters lists, for many conventions at once.
 */
public record FindActionsOfConventions(List<String> conventionIds, LocalDate asOf) {

    public FindActionsOfConventions {
        conventionIds = List.copyOf(conventionIds);
    }
}
