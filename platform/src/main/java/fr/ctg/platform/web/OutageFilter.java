package fr.ctg.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Answers 503 for a database outage met before any controller runs (signing in, checking a coordinator's
 * assignment): those happen in filters, where no exception handler of the web layer sees them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class OutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);
    private final ObjectMapper json;

    OutageFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseUnavailable.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable: {}", failure.toString());
            response.resetBuffer();
            Problems.write(response, json, Problems.databaseUnavailable());
        }
    }
}
