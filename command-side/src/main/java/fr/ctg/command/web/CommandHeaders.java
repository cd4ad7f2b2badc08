package fr.ctg.command.web;

import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;

/** The parts of an HTTP request that every command endpoint passes on to the dispatcher. */
public record CommandHeaders(String path, String idempotencyKey, String ifMatch, Principal principal) {

    public static CommandHeaders of(HttpServletRequest request) {
        return new CommandHeaders(request.getRequestURI(), request.getHeader("Idempotency-Key"),
                request.getHeader("If-Match"), request.getUserPrincipal());
    }
}
