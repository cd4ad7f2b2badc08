package fr.ctg.command.route;

import fr.ctg.route.PrefectLetterKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record PrefectLetterRequest(@NotNull PrefectLetterKind kind, @NotNull LocalDate receivedOn,
                                   @NotBlank @Size(max = 2000) String object) {
}
