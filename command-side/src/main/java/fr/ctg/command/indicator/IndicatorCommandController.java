package fr.ctg.command.indicator;

import fr.ctg.actionplan.indicator.CorrectIndicatorMeasure;
import fr.ctg.actionplan.indicator.DefineIndicator;
import fr.ctg.actionplan.indicator.RecordIndicatorMeasure;
import fr.ctg.command.web.CommandAccepted;
import fr.ctg.command.web.CommandDispatcher;
import fr.ctg.command.web.CommandHeaders;
import fr.ctg.command.web.Patterns;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

/**
 * An action's indicators and their yearly measures. Who recorded a measure is the request's principal, and when is
 * the service's clock, read once per request so that a re-run after a lost append race stamps the same instant.
 */
@RestController
@Validated
@RequestMapping("/api/v1/conventions/{conventionId}/actions/{actionId}/indicators")
public class IndicatorCommandController {

    private final CommandDispatcher dispatcher;
    private final Clock clock;

    IndicatorCommandController(CommandDispatcher dispatcher, Clock clock) {
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @PostMapping
    public ResponseEntity<CommandAccepted> define(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.CODE) String actionId,
            @Valid @RequestBody IndicatorBody body, HttpServletRequest http) {
        return dispatcher.ok(conventionId, body,
                version -> new DefineIndicator(conventionId, actionId, body.toDefinition(), version),
                CommandHeaders.of(http));
    }

    @PostMapping("/{indicatorId}/measures")
    public ResponseEntity<CommandAccepted> record(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.CODE) String actionId,
            @PathVariable @Pattern(regexp = Patterns.CODE) String indicatorId,
            @Valid @RequestBody MeasureRequest body, HttpServletRequest http) {
        CommandHeaders headers = CommandHeaders.of(http);
        String who = author(headers);
        Instant now = clock.instant();
        return dispatcher.ok(conventionId, body, version -> new RecordIndicatorMeasure(conventionId, actionId,
                indicatorId, body.year(), ScopeBody.toScope(body.scope()), body.value(), body.source(), body.note(),
                who, now, version), headers);
    }

    @PostMapping("/{indicatorId}/measures/{year}/corrections")
    public ResponseEntity<CommandAccepted> correct(
            @PathVariable @Pattern(regexp = Patterns.CONVENTION_ID) String conventionId,
            @PathVariable @Pattern(regexp = Patterns.CODE) String actionId,
            @PathVariable @Pattern(regexp = Patterns.CODE) String indicatorId,
            @PathVariable @Min(2000) @Max(2100) int year,
            @Valid @RequestBody MeasureCorrectionRequest body, HttpServletRequest http) {
        CommandHeaders headers = CommandHeaders.of(http);
        String who = author(headers);
        Instant now = clock.instant();
        return dispatcher.ok(conventionId, body, version -> new CorrectIndicatorMeasure(conventionId, actionId,
                indicatorId, year, ScopeBody.toScope(body.scope()), body.value(), body.source(), body.note(),
                body.reason(), who, now, version), headers);
    }

    private static String author(CommandHeaders headers) {
        return headers.principal() == null ? "anonymous" : headers.principal().getName();
    }
}
