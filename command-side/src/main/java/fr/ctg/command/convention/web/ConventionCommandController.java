package fr.ctg.command.convention.web;

import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Defines a convention: its perimeters and communes, themes, stakes and first action sheets. */
@RestController
public class ConventionCommandController {

    private final CommandDispatcher dispatcher;

    ConventionCommandController(CommandDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @PostMapping("/api/v1/conventions")
    public ResponseEntity<CommandAccepted> define(@Valid @RequestBody DefineConventionRequest body,
                                                  HttpServletRequest http) {
        return dispatcher.dispatch(new CommandDispatcher.Request(body.conventionId(), body,
                version -> body.toCommand(), CommandHeaders.of(http), HttpStatus.CREATED));
    }
}
