package fr.ctg.command.route;

import fr.ctg.route.PartySignature;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** One or more parties signing on the same day, each by a named signatory in a role. */
public record SignatureRequest(@NotNull LocalDate signedOn,
                               @NotEmpty @Size(max = 1100) List<@Valid @NotNull SignatoryBody> signatories) {

    /** {@code partyId}: "caf", the EPCI's SIREN, a commune's INSEE code, or another party's code. */
    public record SignatoryBody(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9AB-]{1,63}") String partyId,
                                @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String role) {

        PartySignature toSignature() {
            return new PartySignature(partyId, name, role);
        }
    }
}
