package fr.ctg.command.web;

import fr.ctg.command.convention.RuleViolation;
import fr.ctg.platform.web.Problems;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * How the domain's refusals read over HTTP: 404 for what does not exist, 400 for input the domain found malformed,
 * 409 for a rule or a conflict.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemHandler {

    /** The other request, or the other changes, take milliseconds: one second is already generous. */
    private static final String RETRY_AFTER_SECONDS = "1";

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        HttpStatus status = switch (violation.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return Problems.of(status, violation.rule(), violation.getMessage(), violation.details());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownConvention(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "convention-not-found",
                "No convention has id " + e.getAggregateIdentifier() + ".");
    }

    @ExceptionHandler({AggregateStreamCreationException.class})
    ProblemDetail alreadyDefined(AggregateStreamCreationException e) {
        return Problems.of(HttpStatus.CONFLICT, "convention-already-exists", "A convention with this id already exists.");
    }

    /** Only a command sent with If-Match is refused this way: its version is no longer the convention's. */
    @ExceptionHandler(ConflictingModificationException.class)
    ProblemDetail staleVersion(ConflictingModificationException e) {
        return Problems.of(HttpStatus.CONFLICT, "version-conflict",
                "The convention changed since the version you sent (If-Match); reload it and try again.");
    }

    /** A command that lost every race to append; the dispatcher re-runs it first, so this is rare. */
    @ExceptionHandler({ConcurrentAppendRetry.Exhausted.class, ConcurrencyException.class})
    ResponseEntity<ProblemDetail> concurrentChanges(RuntimeException e) {
        return retryLater(Problems.of(HttpStatus.CONFLICT, "version-conflict",
                "Other changes to this convention were applied at the same time; nothing was written, send the "
                        + "request again."));
    }

    @ExceptionHandler(IdempotencyStore.KeyInProgress.class)
    ResponseEntity<ProblemDetail> keyInProgress(IdempotencyStore.KeyInProgress e) {
        return retryLater(Problems.of(HttpStatus.CONFLICT, "idempotency-key-in-progress", e.getMessage()));
    }

    private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem) {
        return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler(CouncilPath.InvalidPath.class)
    ProblemDetail invalidCouncil(CouncilPath.InvalidPath e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "council-path-invalid", e.getMessage());
    }

    @ExceptionHandler(CommandDispatcher.InvalidCommandHeader.class)
    ProblemDetail invalidHeader(CommandDispatcher.InvalidCommandHeader e) {
        HttpStatus status = "idempotency-key-reused".equals(e.rule()) ? HttpStatus.UNPROCESSABLE_ENTITY
                : HttpStatus.BAD_REQUEST;
        return Problems.of(status, e.rule(), e.getMessage());
    }
}
