package fr.ctg.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Enumeration;

/**
 * Refuses, with a 400 problem, a request whose header values hold anything but visible ASCII, spaces and tabs.
 * Tomcat decodes header bytes as ISO-8859-1, so a UTF-8 emoji arrives as C1 control characters; left alone, Spring
 * Security's firewall threw on them deep in its filter chain and the client got a 500 with a stack trace in the log,
 * even anonymously on {@code /actuator/health}. This filter runs first of all, before any framework code reads them.
 */
@Component
// Right after the request id is given (so the problem carries it), before the body limit and every framework filter.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class HeaderValuesFilter extends OncePerRequestFilter {

    private final ObjectMapper json;

    HeaderValuesFilter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Enumeration<String> names = request.getHeaderNames();
        while (names != null && names.hasMoreElements()) {
            String name = names.nextElement();
            Enumeration<String> values = request.getHeaders(name);
            while (values.hasMoreElements()) {
                if (!isVisibleAscii(values.nextElement())) {
                    Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST, "header-value-invalid",
                            "Header " + printable(name) + " may hold only visible ASCII characters, spaces and tabs."));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isVisibleAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t') || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Header names are tokens (Tomcat refuses others), but the name is echoed, so it is bounded all the same. */
    private static String printable(String name) {
        return isVisibleAscii(name) && name.length() <= 100 ? name : "(unnamed)";
    }
}
