package fr.ctg.actionplan.indicator.query;

import java.util.List;
import java.util.Map;

/** By convention id, its indicators in plan order; a convention without indicators has no entry. */
public record IndicatorsOfConventions(Map<String, List<IndicatorView>> byConvention) {
}
