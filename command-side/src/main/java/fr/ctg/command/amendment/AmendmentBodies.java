package fr.ctg.command.amendment;

import fr.ctg.amendment.AmendmentState;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the amendment endpoints; a change's body is the shared {@link fr.ctg.amendment.PlanChange}. */
final class AmendmentBodies {

    private AmendmentBodies() {
    }

    /** {@code partiesConcerned} empty or absent: every party. */
    record Open(@NotNull Integer number, @NotBlank @Size(max = 300) String title,
                @NotBlank @Size(max = 4000) String reason, @Size(max = 64) String requestedByMeetingId,
                @Size(max = 1100) List<@NotBlank String> partiesConcerned, @NotNull LocalDate openedOn) {
    }

    record Submit(@NotNull LocalDate submittedOn) {
    }

    record Close(@NotNull AmendmentState outcome, @NotNull LocalDate closedOn, @NotBlank @Size(max = 4000) String reason) {
    }
}
