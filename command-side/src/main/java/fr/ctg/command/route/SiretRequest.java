package fr.ctg.command.route;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

public record SiretRequest(@NotNull @Pattern(regexp = "[0-9]{14}") String siret) {
}
