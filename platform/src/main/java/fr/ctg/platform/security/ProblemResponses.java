package fr.ctg.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.web.DatabaseUnavailable;
import fr.ctg.platform.web.Problems;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;


/** 401 and 403 as problem details, like every other refusal. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(ObjectMapper json, String challenge) {
        return (request, response, e) -> {
            if (e instanceof AuthenticationServiceException && DatabaseUnavailable.causes(e)) {
                // The account could not be looked up: the database is down, the credentials may well be right.
                Problems.write(response, json, Problems.databaseUnavailable());
                return;
            }
            response.setHeader("WWW-Authenticate", challenge);
            Problems.write(response, json, Problems.of(HttpStatus.UNAUTHORIZED, "authentication-required",
                    "Sign in to use this endpoint."));
        };
    }

    static AccessDeniedHandler forbidden(ObjectMapper json) {
        return (request, response, e) -> Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN,
                "access-denied", "Your role, or your assignments, do not allow this request."));
    }
}
