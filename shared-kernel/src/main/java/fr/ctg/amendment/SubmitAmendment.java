package fr.ctg.amendment;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Closes the amendment's drafting: its route may start. */
public record SubmitAmendment(@TargetAggregateIdentifier String conventionId, int amendmentNumber, LocalDate submittedOn,
                 @TargetAggregateVersion Long expectedVersion) {
}
