package fr.ctg.command.route;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record TransmissionRequest(@NotNull LocalDate sentOn, @NotNull LocalDate receivedOn,
                                  @NotBlank @Size(max = 60) String actesId) {
}
