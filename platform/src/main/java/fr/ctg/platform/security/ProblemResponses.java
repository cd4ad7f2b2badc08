package fr.ctg.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.web.DatabaseUnavailable;
import fr.ctg.platform.web.Problems;
import org.springframework.security.authentication.AuthenticationServiceException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.Map;


/** 401, 403 and 429 as problem details, like every other refusal. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json, String challenge) {
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException && DatabaseUnavailable.causes(e)) {
                // The account could not be looked up: the database is down, the credentials may well be right.
                Problems.write(response, json, Problems.databaseUnavailable());
                return;
            }
            if (e instanceof SignInThrottled throttled) {
                throttled(response, json, throttled);
                return;
            }
            response.setHeader("WWW-Authenticate", challenge);
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "authentication-required",
                    "Sign in to use this endpoint."));
        };
    }

    /** 429 with Retry-After: the sign-in was refused without its password being checked. */
    public static void throttled(HttpServletResponse response, ObjectMapper json, SignInThrottled throttled)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        Problems.write(response, json, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
                "Too many failed sign-ins for this account or from this address; retry after "
                        + throttled.retryAfterSeconds() + " s.",
                Map.of("retryAfterSeconds", throttled.retryAfterSeconds())));
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN,
                "access-denied", "Your role, or your assignments, do not allow this request."));
    }
}
