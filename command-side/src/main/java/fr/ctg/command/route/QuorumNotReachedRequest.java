package fr.ctg.command.route;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record QuorumNotReachedRequest(@NotNull LocalDate meetingDate, @Min(1) @Max(200) Integer membersInOffice,
                                      @NotNull @Min(0) @Max(200) Integer present) {
}
