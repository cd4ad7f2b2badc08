package fr.ctg.command.route;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

public record PublicationRequest(@NotNull LocalDate publishedOn) {
}
