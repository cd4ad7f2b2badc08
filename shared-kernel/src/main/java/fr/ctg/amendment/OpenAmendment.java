package fr.ctg.amendment;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Opens amendment {@code amendmentNumber}; {@code partiesConcerned} empty or null means every party. */
public record OpenAmendment(@TargetAggregateIdentifier String conventionId, int amendmentNumber, String title, String reason, String requestedByMeetingId,
                            List<String> partiesConcerned, LocalDate openedOn,
                 @TargetAggregateVersion Long expectedVersion) {
}
