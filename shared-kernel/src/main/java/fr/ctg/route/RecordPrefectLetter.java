package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The prefect's letter of observations or request for documents about an adopted deliberation. */
public record RecordPrefectLetter(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        PrefectLetterKind kind,
        LocalDate receivedOn,
        String object,
        @TargetAggregateVersion Long expectedVersion) {
}
