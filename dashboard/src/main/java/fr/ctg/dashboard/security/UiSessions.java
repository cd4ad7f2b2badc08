package fr.ctg.dashboard.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Nobody gets an HTTP session before signing in: the CSRF token of the sign-in form and the page asked for before
 * signing in are kept in cookies, not in a session, so that requests of {@code /login} or of a page, however many,
 * create none (they used to create one each). The session, created by a successful sign-in, has its cookie
 * {@code HttpOnly} and {@code SameSite=Lax} ({@code server.servlet.session.cookie.*}), and {@code Secure} when the
 * request came over HTTPS.
 */
final class UiSessions {

    private UiSessions() {
    }

    /**
     * The CSRF token in an {@code HttpOnly}, {@code SameSite=Lax} cookie ({@code Secure} over HTTPS); the pages read
     * the (masked) token from their own markup, never from the cookie.
     */
    static CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    static RequestCache requestCache() {
        return new CookieRequestCache();
    }

    /**
     * Sessions registered by account ({@link RevocableSessions}), as many per account as wanted; a revoked one is
     * ended at its next request, which is then answered as if signed out (sent to the sign-in page, or a 401).
     */
    static void revocable(SessionManagementConfigurer<HttpSecurity> sessions, SessionRegistry registry,
                          UiRefusals refusals) {
        sessions.sessionConcurrency(concurrency -> concurrency.maximumSessions(-1).sessionRegistry(registry)
                .expiredSessionStrategy(expired -> refusals.commence(expired.getRequest(), expired.getResponse(), null)));
    }
}
