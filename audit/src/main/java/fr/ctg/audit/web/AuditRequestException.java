package fr.ctg.audit.web;

import org.springframework.http.HttpStatus;

/** A request the audit API refuses, with the rule it breaks; answered as a problem detail. */
public class AuditRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String rule;

    public AuditRequestException(HttpStatus status, String rule, String message) {
        super(message, null, false, false);
        this.status = status;
        this.rule = rule;
    }

    public static AuditRequestException unknownConvention(String conventionId) {
        return new AuditRequestException(HttpStatus.NOT_FOUND, "convention-not-found",
                "No convention has id " + conventionId + ".");
    }

    HttpStatus status() {
        return status;
    }

    String rule() {
        return rule;
    }
}
