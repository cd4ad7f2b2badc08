package fr.ctg.dashboard.security;

import fr.ctg.platform.security.AccountSessionsRevoked;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.session.HttpSessionEventPublisher;

import java.security.Principal;

/**
 * The pages' sessions, registered by account, so that an account disabled, given other roles or a new password by an
 * administrator loses its open sessions at once instead of keeping its former rights until they expire. The registry
 * is this node's: with several nodes, each ends the sessions it holds only when the change is made through it (the
 * others when their sessions expire).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RevocableSessions {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when Tomcat ends a session, so that it forgets it. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    Revoker sessionRevoker(SessionRegistry registry) {
        return new Revoker(registry);
    }

    /** Ends every registered session of an account. */
    static final class Revoker {

        private final SessionRegistry registry;

        Revoker(SessionRegistry registry) {
            this.registry = registry;
        }

        @EventListener
        void revoke(AccountSessionsRevoked revoked) {
            for (Object principal : registry.getAllPrincipals()) {
                if (revoked.username().equals(name(principal))) {
                    registry.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
                }
            }
        }

        private static String name(Object principal) {
            if (principal instanceof UserDetails user) {
                return user.getUsername();
            }
            return principal instanceof Principal named ? named.getName() : String.valueOf(principal);
        }
    }
}
