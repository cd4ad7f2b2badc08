package fr.ctg.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import static fr.ctg.platform.security.Role.ADMINISTRATOR;
import static fr.ctg.platform.security.Role.AUDITOR;
import static fr.ctg.platform.security.Role.COORDINATOR;
import static fr.ctg.platform.security.Role.DASHBOARD_READER;

/**
 * Who may call which API path: one set of rules for every filter chain that lets an API request through (the API's
 * own stateless chain, and the dashboard's chain for the commands its pages send with a session), so that a second
 * way in can never grant what the first refuses.
 */
public final class ApiAccessRules {

    private ApiAccessRules() {
    }

    public static AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            CoordinatorAssignments assignments) {
        return rules
                // A calendar client cannot sign in: the feed's secret token is its credential (docs/reminders.md).
                .requestMatchers(HttpMethod.GET, "/api/v1/reminders/calendar/*").permitAll()
                .requestMatchers("/api/v1/admin/**").hasRole(ADMINISTRATOR.name())
                .requestMatchers("/api/v1/audit/accounts/**").hasAnyRole(AUDITOR.name(), ADMINISTRATOR.name())
                .requestMatchers("/api/v1/audit/**").hasRole(AUDITOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/conventions").hasRole(ADMINISTRATOR.name())
                .requestMatchers(HttpMethod.POST, "/api/v1/conventions/{conventionId}/**")
                .access(new AssignedCoordinator(assignments))
                .requestMatchers(HttpMethod.GET, "/api/v1/conventions", "/api/v1/conventions/**")
                .hasAnyRole(DASHBOARD_READER.name(), COORDINATOR.name(), AUDITOR.name(), ADMINISTRATOR.name());
    }
}
