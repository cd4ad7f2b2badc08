package fr.ctg.actionplan;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ActionAdded(String conventionId, ActionSheet action) {
}
