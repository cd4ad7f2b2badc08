package fr.ctg.command.route;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record RetractionRequest(@NotNull LocalDate retractedOn, @NotBlank @Size(max = 2000) String reason) {
}
