package fr.ctg.dashboard.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.web.DatabaseUnavailable;
import fr.ctg.platform.security.ProblemResponses;
import fr.ctg.platform.security.SignInThrottled;
import fr.ctg.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * Refusals of the UI chain. A browser asking for a page is sent to the sign-in page; anything else (scripts, the
 * pages' own fetches, API clients) gets a 401 or 403 problem detail like the API's. A refused CSRF check from
 * someone not signed in is a 401: they must sign in before anything else. A throttled HTTP Basic sign-in is a 429
 * problem with {@code Retry-After}, whatever was asked.
 */
class UiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    UiRefusals(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof AuthenticationServiceException && DatabaseUnavailable.causes(e)) {
            // The account could not be looked up: the database is down, the credentials may well be right. A page
            // or a script told "sign in again" would send the user round in circles; the API says 503 too.
            Problems.write(response, json, Problems.databaseUnavailable());
            return;
        }
        if (e instanceof SignInThrottled throttled) {
            ProblemResponses.throttled(response, json, throttled);
            return;
        }
        if (wantsPage(request)) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        write(response, HttpStatus.UNAUTHORIZED, "authentication-required", "Sign in to use this endpoint.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (e instanceof CsrfException && request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            // The CSRF check runs before HTTP Basic signs the caller in: credentials were sent, so "sign in" would
            // mislead. What is missing is the token that only the pages carry.
            write(response, HttpStatus.FORBIDDEN, "csrf-token-required",
                    "A request sent with the dashboard's header must carry the CSRF token of a signed-in page.");
            return;
        }
        if (who == null || who instanceof AnonymousAuthenticationToken) {
            commence(request, response, null);
            return;
        }
        if (wantsPage(request)) {
            response.sendRedirect(request.getContextPath() + "/ui/forbidden");
            return;
        }
        write(response, HttpStatus.FORBIDDEN, "access-denied",
                "Your role, or your assignments, do not allow this request.");
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return "GET".equals(request.getMethod()) && accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private void write(HttpServletResponse response, HttpStatus status, String rule, String detail)
            throws IOException {
        Problems.write(response, json, Problems.of(status, rule, detail));
    }
}
