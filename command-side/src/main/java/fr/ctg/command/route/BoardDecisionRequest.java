package fr.ctg.command.route;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record BoardDecisionRequest(@NotNull LocalDate decidedOn, @Size(max = 100) String reference) {
}
