package fr.ctg.query.web;

import fr.ctg.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem details for the query side's own refusals; everything else falls to the platform's generic handler. */
@RestControllerAdvice(basePackages = "fr.ctg.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryProblemHandler {

    @ExceptionHandler(ViewNotReadyException.class)
    ResponseEntity<ProblemDetail> notReady(ViewNotReadyException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.rule(), e.getMessage(), e.properties()));
    }

    @ExceptionHandler(QueryProblemException.class)
    ResponseEntity<ProblemDetail> problem(QueryProblemException e) {
        return ResponseEntity.status(e.status()).body(Problems.of(e.status(), e.rule(), e.getMessage()));
    }
}
