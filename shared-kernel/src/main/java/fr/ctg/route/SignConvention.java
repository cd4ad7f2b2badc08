package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

public record SignConvention(
        @TargetAggregateIdentifier String conventionId,
        LocalDate signedOn,
        List<Signatory> signatories,
        @TargetAggregateVersion Long expectedVersion) {
}
