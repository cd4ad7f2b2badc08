package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** The council's answer to the prefect's pending letter. */
public record RecordLetterAnswer(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate answeredOn,
        String summary,
        @TargetAggregateVersion Long expectedVersion) {
}
