package fr.ctg.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.web.DatabaseUnavailable;
import fr.ctg.platform.web.Problems;
import org.springframework.security.authentication.AuthenticationServiceException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 as problem details, like every other refusal. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json, String challenge) {
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException && DatabaseUnavailable.causes(e)) {
                // The account could not be looked up: the database is down, the credentials may well be right.
                response.setHeader("Retry-After", "2");
                write(json, response, HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                        "The database cannot be reached; retry later with the same Idempotency-Key.");
                return;
            }
            response.setHeader("WWW-Authenticate", challenge);
            write(json, response, HttpStatus.UNAUTHORIZED, "authentication-required",
                    "Sign in to use this endpoint.");
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> write(json, response, HttpStatus.FORBIDDEN, "access-denied",
                "Your role, or your assignments, do not allow this request.");
    }

    private static void write(ObjectMapper json, HttpServletResponse response, HttpStatus status, String rule,
                              String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(status, rule, detail));
    }
}
