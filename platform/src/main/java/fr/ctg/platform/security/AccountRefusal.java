package fr.ctg.platform.security;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** An account operation refused for a rule: answered as a problem detail naming the rule. */
class AccountRefusal extends RuntimeException {

    private final HttpStatus status;
    private final String rule;
    private final Map<String, ?> properties;
    private final Long retryAfterSeconds;

    AccountRefusal(HttpStatus status, String rule, String detail) {
        this(status, rule, detail, Map.of(), null);
    }

    AccountRefusal(HttpStatus status, String rule, String detail, Map<String, ?> properties, Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.rule = rule;
        this.properties = properties;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static AccountRefusal password(PasswordRules.Violation violation, String field) {
        return new AccountRefusal(HttpStatus.BAD_REQUEST, violation.rule(), violation.detail(),
                Map.of("field", field), null);
    }

    static AccountRefusal notFound(String username) {
        return new AccountRefusal(HttpStatus.NOT_FOUND, "account-not-found", "No account " + username + ".");
    }

    static AccountRefusal throttled(SignInThrottled throttled) {
        return new AccountRefusal(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled", throttled.getMessage(),
                Map.of(), throttled.retryAfterSeconds());
    }

    HttpStatus status() {
        return status;
    }

    String rule() {
        return rule;
    }

    Map<String, ?> properties() {
        return properties;
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
