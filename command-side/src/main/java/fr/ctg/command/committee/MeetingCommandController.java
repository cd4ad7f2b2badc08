package fr.ctg.command.committee;

import fr.ctg.actionplan.committee.RecordMeeting;
import fr.ctg.actionplan.committee.RecordMeetingDecision;
import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import fr.ctg.command.web.Patterns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The steering and technical committees: a meeting with its decisions, and decisions added to it later. */
@RestController
@Validated
@RequestMapping("/api/v1/conventions/{conventionId}/meetings")
public class MeetingCommandController {

    private final CommandDispatcher dispatcher;

    MeetingCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping
    public ResponseEntity<CommandAccepted> record(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @Valid @RequestBody MeetingBody body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new RecordMeeting(conventionId, body.meetingId(),
                body.kind(), body.date(), body.place(), body.attendeeList(),
                body.agenda() == null ? List.of() : List.copyOf(body.agenda()),
                body.decisions() == null ? List.of() : body.decisions().stream().map(DecisionBody::toDecision).toList(),
                version), CommandHeaders.of(http));
    }

    @PostMapping("/{meetingId}/decisions")
    public ResponseEntity<CommandAccepted> decide(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.CODE) String meetingId,
            @Valid @RequestBody DecisionBody body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new RecordMeetingDecision(conventionId, meetingId,
                body.toDecision(), version), CommandHeaders.of(http));
    }
}
