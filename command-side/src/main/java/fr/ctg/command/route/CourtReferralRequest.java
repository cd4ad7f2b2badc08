package fr.ctg.command.route;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record CourtReferralRequest(@NotNull LocalDate referredOn, @NotBlank @Size(max = 300) String court) {
}
