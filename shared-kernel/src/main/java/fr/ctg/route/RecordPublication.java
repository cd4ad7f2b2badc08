package fr.ctg.route;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** {@code mode} defaults to electronic, as the law has it; an electronic publication gives its {@code url}. */
public record RecordPublication(
        @TargetAggregateIdentifier String conventionId,
        String communeInseeCode,
        LocalDate publishedOn,
        PublicationMode mode,
        String url,
        @TargetAggregateVersion Long expectedVersion) {
}
