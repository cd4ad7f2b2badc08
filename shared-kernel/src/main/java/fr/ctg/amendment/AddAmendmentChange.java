package fr.ctg.amendment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Adds a change to a draft amendment. */
public record AddAmendmentChange(@TargetAggregateIdentifier String conventionId, int amendmentNumber, PlanChange change,
                 @TargetAggregateVersion Long expectedVersion) {
}
