package fr.ctg.actionplan.indicator;

import org.axonframework.serialization.Revision;

@Revision("1")
public record IndicatorDefined(String conventionId, String actionId, IndicatorDefinition indicator) {
}
