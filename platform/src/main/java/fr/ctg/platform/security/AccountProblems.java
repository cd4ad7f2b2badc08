package fr.ctg.platform.security;

import fr.ctg.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The refusals of account operations, as problem details naming the rule (and the field, for a password). */
@RestControllerAdvice(assignableTypes = {AdminController.class, AccountController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountProblems {

    @ExceptionHandler(AccountRefusal.class)
    ResponseEntity<ProblemDetail> refused(AccountRefusal refusal) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(refusal.status());
        if (refusal.retryAfterSeconds() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()));
        }
        return answer.body(Problems.of(refusal.status(), refusal.rule(), refusal.getMessage(), refusal.properties()));
    }
}
