package fr.ctg.command.route;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record AnnulmentRequest(@NotNull LocalDate annulledOn, @NotBlank @Size(max = 300) String court,
                               @Size(max = 100) String decisionReference) {
}
