package fr.ctg.command.route;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record LetterAnswerRequest(@NotNull LocalDate answeredOn, @Size(max = 2000) String summary) {
}
