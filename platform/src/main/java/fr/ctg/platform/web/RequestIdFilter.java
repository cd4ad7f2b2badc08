package fr.ctg.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id of the server's own, and carries the caller's correlation id when it sends a sane one
 * ({@code X-Correlation-Id}); both are echoed in the response and end up in the metadata of every event written.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

    static final String REQUEST_ID = "X-Request-Id";
    static final String CORRELATION_ID = "X-Correlation-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = UUID.randomUUID().toString();
        String offered = request.getHeader(CORRELATION_ID);
        String correlationId = offered != null && SANE_ID.matcher(offered).matches() ? offered : requestId;
        response.setHeader(REQUEST_ID, requestId);
        response.setHeader(CORRELATION_ID, correlationId);
        RequestContext.bind(new RequestContext(requestId, correlationId));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestContext.clear();
        }
    }
}
