package fr.ctg.command.actionplan;

import fr.ctg.actionplan.AddAction;
import fr.ctg.actionplan.UpdateActionStatus;
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

/** The action plan: new action sheets, and each action's status over the years (before and after signature). */
@RestController
@Validated
@RequestMapping("/api/v1/conventions/{conventionId}/actions")
public class ActionPlanCommandController {

    private final CommandDispatcher dispatcher;

    ActionPlanCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping
    public ResponseEntity<CommandAccepted> add(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @Valid @RequestBody ActionBody body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new AddAction(conventionId, body.toSheet(), version),
                CommandHeaders.of(http));
    }

    @PostMapping("/{actionId}/status")
    public ResponseEntity<CommandAccepted> updateStatus(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.CODE) String actionId,
            @Valid @RequestBody StatusRequest body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body, version -> new UpdateActionStatus(conventionId, actionId,
                body.status(), body.on(), body.note(), body.reason(), version), CommandHeaders.of(http));
    }
}
