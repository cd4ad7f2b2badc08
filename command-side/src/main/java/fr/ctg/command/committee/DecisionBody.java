package fr.ctg.command.committee;

import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.committee.DecisionKind;
import fr.ctg.actionplan.committee.MeetingDecision;
import fr.ctg.command.web.Patterns;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One decision as a client sends it; which fields count depends on {@code kind} (the rules say which). */
public record DecisionBody(@NotNull DecisionKind kind,
                           @Min(2000) @Max(2100) Integer year,
                           @Pattern(regexp = Patterns.CODE) String actionId,
                           ActionStatus status,
                           @Size(max = 2000) String reason,
                           @Size(max = 4000) String text) {

    MeetingDecision toDecision() {
        return new MeetingDecision(kind, year, actionId, status, reason, text);
    }
}
