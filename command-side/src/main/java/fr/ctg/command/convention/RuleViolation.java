package fr.ctg.command.convention;

import java.util.Map;

/**
 * A command refused by a rule of the domain. {@code rule} is a stable code that the API returns as the problem's
 * type; {@code details} carries what a client needs to act (e.g. the communes blocking a signature).
 */
public class RuleViolation extends RuntimeException {

    /** NOT_FOUND: 404; CONFLICT: a rule, 409; MALFORMED: input of the wrong shape the domain parses, 400. */
    public enum Kind { NOT_FOUND, CONFLICT, MALFORMED }

    private final Kind kind;
    private final String rule;
    private final transient Map<String, Object> details;

    RuleViolation(Kind kind, String rule, String message, Map<String, Object> details) {
        super(message, null, false, false);
        this.kind = kind;
        this.rule = rule;
        this.details = Map.copyOf(details);
    }

    static RuleViolation conflict(String rule, String message) {
        return new RuleViolation(Kind.CONFLICT, rule, message, Map.of());
    }

    static RuleViolation malformed(String rule, String message) {
        return new RuleViolation(Kind.MALFORMED, rule, message, Map.of());
    }

    static RuleViolation notFound(String rule, String message) {
        return new RuleViolation(Kind.NOT_FOUND, rule, message, Map.of());
    }

    static void check(boolean holds, String rule, String message) {
        if (!holds) {
            throw conflict(rule, message);
        }
    }

    public Kind kind() {
        return kind;
    }

    public String rule() {
        return rule;
    }

    public Map<String, Object> details() {
        return details;
    }
}
