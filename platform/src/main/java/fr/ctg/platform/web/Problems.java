package fr.ctg.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.Map;

/**
 * RFC 9457 problem details that name the rule broken: {@code type} is {@code /problems/<rule>} and the
 * {@code rule} property repeats the rule's code, so clients branch on it rather than on English text.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String rule, String detail) {
        return of(status, rule, detail, Map.of());
    }

    public static ProblemDetail of(HttpStatus status, String rule, String detail, Map<String, ?> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + rule));
        problem.setTitle(status.getReasonPhrase());
        problem.setProperty("rule", rule);
        properties.forEach(problem::setProperty);
        RequestContext.current().ifPresent(context -> problem.setProperty("requestId", context.requestId()));
        return problem;
    }
}
