package fr.ctg.command.actionplan;

import fr.ctg.actionplan.ActionStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record StatusRequest(@NotNull ActionStatus status, @NotNull LocalDate on,
                            @Size(max = 4000) String note, @Size(max = 2000) String reason) {
}
