package fr.ctg.audit.web;

import org.springframework.http.HttpStatus;

import java.util.Map;

/** A request the audit API refuses, with the rule it breaks; answered as a problem detail. */
public class AuditRequestException extends RuntimeException {

    private final HttpStatus status;
    private final String rule;
    private final Map<String, ?> properties;

    public AuditRequestException(HttpStatus status, String rule, String message) {
        this(status, rule, message, Map.of());
    }

    /** With {@code properties} added to the problem detail, e.g. the parties a refusal names. */
    public AuditRequestException(HttpStatus status, String rule, String message, Map<String, ?> properties) {
        super(message, null, false, false);
        this.status = status;
        this.rule = rule;
        this.properties = Map.copyOf(properties);
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

    Map<String, ?> properties() {
        return properties;
    }
}
