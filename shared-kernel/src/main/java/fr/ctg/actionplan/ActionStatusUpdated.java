package fr.ctg.actionplan;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ActionStatusUpdated(
        String conventionId,
        String actionId,
        ActionStatus previousStatus,
        ActionStatus status,
        LocalDate on,
        String note,
        String reason) {
}
