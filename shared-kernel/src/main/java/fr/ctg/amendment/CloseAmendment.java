package fr.ctg.amendment;

import java.time.LocalDate;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Withdraws or records the refusal of a pending amendment ({@code outcome} WITHDRAWN or REFUSED). */
public record CloseAmendment(@TargetAggregateIdentifier String conventionId, int amendmentNumber, AmendmentState outcome, LocalDate closedOn, String reason,
                 @TargetAggregateVersion Long expectedVersion) {
}
