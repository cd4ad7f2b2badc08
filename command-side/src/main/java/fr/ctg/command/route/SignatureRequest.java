package fr.ctg.command.route;

import fr.ctg.route.Signatory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

public record SignatureRequest(@NotNull LocalDate signedOn,
                               @NotEmpty @Size(max = 100) List<@Valid @NotNull SignatoryBody> signatories) {

    public record SignatoryBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String role,
                                @NotBlank @Size(max = 200) String organisation) {

        Signatory toSignatory() {
            return new Signatory(name, role, organisation);
        }
    }
}
