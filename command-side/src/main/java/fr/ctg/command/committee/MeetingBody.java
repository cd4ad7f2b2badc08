package fr.ctg.command.committee;

import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.command.web.Patterns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A meeting as a client sends it, with the decisions it took (optional; more can be posted later). */
public record MeetingBody(
        @NotNull @Pattern(regexp = Patterns.CODE) String meetingId,
        @NotNull MeetingKind kind,
        @NotNull LocalDate date,
        @Size(min = 1, max = 300) String place,
        @Size(max = 200) List<@NotNull @Valid AttendeeBody> attendees,
        @Size(max = 100) List<@NotBlank @Size(max = 500) String> agenda,
        @Size(max = 100) List<@NotNull @Valid DecisionBody> decisions) {

    public record AttendeeBody(@NotBlank @Size(max = 300) String party, @NotBlank @Size(max = 300) String role,
                               @Size(max = 200) String name) {
    }

    List<Attendee> attendeeList() {
        return attendees == null ? List.of()
                : attendees.stream().map(a -> new Attendee(a.party(), a.role(), a.name())).toList();
    }
}
