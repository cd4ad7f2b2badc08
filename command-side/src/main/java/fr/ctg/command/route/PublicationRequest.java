package fr.ctg.command.route;

import fr.ctg.route.PublicationMode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code mode} defaults to ELECTRONIC, which gives the {@code url} where the full text is published. */
public record PublicationRequest(@NotNull LocalDate publishedOn, PublicationMode mode, @Size(max = 2000) String url) {
}
