package fr.ctg.actionplan.query;

import java.util.List;
import java.util.Map;

/** By convention id, its actions in plan order; a convention the view does not know has no entry. */
public record ActionsOfConventions(Map<String, List<ActionProgressItem>> byConvention) {
}
