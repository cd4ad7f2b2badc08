package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record RecordPrefectureTransmission(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate sentOn,
        LocalDate receivedOn,
        String actesId,
        @TargetAggregateVersion Long expectedVersion) {
}
