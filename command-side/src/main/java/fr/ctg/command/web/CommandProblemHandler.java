package fr.ctg.command.web;

import fr.ctg.command.convention.RuleViolation;
import fr.ctg.platform.web.Problems;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How the domain's refusals read over HTTP: 404 for what does not exist, 409 for a rule or a conflict. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandProblemHandler {

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        HttpStatus status = violation.kind() == RuleViolation.Kind.NOT_FOUND ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
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

    @ExceptionHandler({ConflictingModificationException.class, ConcurrencyException.class})
    ProblemDetail staleVersion(RuntimeException e) {
        return Problems.of(HttpStatus.CONFLICT, "version-conflict",
                "The convention changed since the version you sent (If-Match), or another change was applied at "
                        + "the same time; reload it and try again.");
    }

    @ExceptionHandler(CommandDispatcher.InvalidCommandHeader.class)
    ProblemDetail invalidHeader(CommandDispatcher.InvalidCommandHeader e) {
        HttpStatus status = "idempotency-key-reused".equals(e.rule()) ? HttpStatus.UNPROCESSABLE_ENTITY
                : HttpStatus.BAD_REQUEST;
        return Problems.of(status, e.rule(), e.getMessage());
    }
}
