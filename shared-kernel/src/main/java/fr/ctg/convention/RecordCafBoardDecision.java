package fr.ctg.convention;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The CAF's board (conseil d'administration) authorised the convention: the CAF may sign from that day. */
public record RecordCafBoardDecision(
        @TargetAggregateIdentifier String conventionId,
        LocalDate decidedOn,
        String reference,
        @TargetAggregateVersion Long expectedVersion) {
}
