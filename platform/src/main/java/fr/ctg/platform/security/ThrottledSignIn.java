package fr.ctg.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The one sign-in of local accounts, shared by every filter chain (HTTP Basic on the API and on the pages, the
 * pages' form login). Before any account lookup or BCrypt it refuses, cheaply: a throttled account or client
 * address ({@link SignInThrottle}), and credentials that cannot be right (a username longer than any account's, a
 * password over BCrypt's 72 bytes). The client address is the request's remote address: behind a reverse proxy it is
 * the proxy's, unless forwarded headers are configured ({@code server.forward-headers-strategy}).
 */
class ThrottledSignIn implements AuthenticationProvider {

    static final int MAX_USERNAME_LENGTH = 100;

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        String account = username != null && username.length() <= MAX_USERNAME_LENGTH ? username : null;
        var wait = throttle.refusal(account, address);
        if (wait.isPresent()) {
            throw new SignInThrottled(wait.get());
        }
        Object credentials = authentication.getCredentials();
        if (account == null || !(credentials instanceof CharSequence password)
                || !PasswordRules.withinBcryptLimit(password)) {
            throttle.failed(account, address);
            throw new BadCredentialsException("Bad credentials");
        }
        try {
            Authentication signedIn = delegate.authenticate(authentication);
            throttle.succeeded(account);
            return signedIn;
        } catch (AuthenticationServiceException e) {
            throw e; // the accounts could not be read (database down): not a failure of the client's
        } catch (AuthenticationException e) {
            throttle.failed(account, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
