package fr.ctg.dashboard.security;

import fr.ctg.platform.security.SignInThrottled;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * A failed form sign-in goes back to the sign-in page with its error; a throttled one gets the page itself, answered
 * {@code 429} with {@code Retry-After} and a French sentence saying how long to wait. The page is rendered here
 * rather than forwarded to: a forward of {@code POST /login} would go through the sign-in filter again.
 */
class LoginFailures implements AuthenticationFailureHandler {

    static final String LOGIN_VIEW = "dashboard/login";

    private final ApplicationContext context;
    private final AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");

    LoginFailures(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException, ServletException {
        if (!(e instanceof SignInThrottled throttled)) {
            wrongCredentials.onAuthenticationFailure(request, response, e);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
        try {
            View page = context.getBean("thymeleafViewResolver", ViewResolver.class)
                    .resolveViewName(LOGIN_VIEW, Locale.FRENCH);
            page.render(Map.of("throttledSeconds", throttled.retryAfterSeconds()), request, response);
        } catch (IOException | ServletException | RuntimeException ex) {
            throw ex;
        } catch (Exception ex) {
            throw new ServletException(ex);
        }
    }
}
