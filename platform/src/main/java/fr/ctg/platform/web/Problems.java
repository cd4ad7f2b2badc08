package fr.ctg.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * RFC 9457 problem details that name the rule broken: {@code type} is {@code /problems/<rule>} and the
 * {@code rule} property repeats the rule's code, so clients branch on it rather than on English text.
 */
public final class Problems {

    public static final String RETRY_AFTER_SECONDS = "2";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String rule, String detail) {
        return of(status, rule, detail, Map.of());
    }

    /** PostgreSQL cannot be reached: the client should retry, with the same Idempotency-Key for a command. */
    public static ProblemDetail databaseUnavailable() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                "The database cannot be reached; retry later with the same Idempotency-Key.");
    }

    /** For filters, which answer before any exception handler of the web layer could. */
    public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
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
