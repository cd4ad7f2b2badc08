package fr.ctg.audit.web;

import fr.ctg.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Ahead of the platform's catch-all handler, which would turn a refusal into a 500. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = "fr.ctg.audit")
class AuditProblemHandler {

    @ExceptionHandler(AuditRequestException.class)
    ResponseEntity<ProblemDetail> refused(AuditRequestException e) {
        return ResponseEntity.status(e.status()).body(Problems.of(e.status(), e.rule(), e.getMessage(), e.properties()));
    }
}
