package fr.ctg.dashboard.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.security.ApiAccessRules;
import fr.ctg.platform.security.CoordinatorAssignments;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

/**
 * Sign-in for the pages: a second filter chain, before the API's stateless one, with a French form login, a session
 * and CSRF protection. It covers the pages ({@code /ui/**}), sign-in and sign-out, the scripts the pages load, the API
 * documentation, and two parts of the API that carry {@link #FROM_DASHBOARD}: a command POST, and the rebuild
 * (started and followed by the administrator's rebuild page). The pages' forms send
 * their commands that way (same origin, session cookie, CSRF header), so the command API stays the only way to change
 * a convention and the API chain stays stateless for every other client. The chain also accepts HTTP Basic, so that
 * scripts can fetch a page the way they call the API; it never sends a Basic challenge (no browser pop-up).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UiSecurityConfiguration implements WebMvcConfigurer {

    /** The header the pages' scripts add to the commands they send with the session. */
    static final String FROM_DASHBOARD = "X-Requested-With";
    static final String DASHBOARD = "ctg-dashboard";

    static final String[] ALL_ROLES = {"DASHBOARD_READER", "COORDINATOR", "AUDITOR", "ADMINISTRATOR"};

    @Bean
    @Order(1)
    SecurityFilterChain dashboard(HttpSecurity http, CoordinatorAssignments assignments, ObjectMapper json)
            throws Exception {
        UiRefusals refusals = new UiRefusals(json);
        http.securityMatcher(covered())
                .authorizeHttpRequests(rules -> ApiAccessRules.apply(rules
                                .requestMatchers("/ui/assets/**", "/webjars/**", "/login").permitAll(), assignments)
                        .requestMatchers(HttpMethod.GET, "/ui/conventions/{conventionId}/history",
                                "/ui/conventions/{conventionId}/history/**")
                        .hasRole("AUDITOR")
                        .requestMatchers(HttpMethod.GET, "/ui/admin/**").hasRole("ADMINISTRATOR")
                        .requestMatchers(HttpMethod.GET, "/ui", "/ui/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                        .hasAnyRole(ALL_ROLES)
                        // Whatever this chain covers and no rule above names (another method on a page, an API path
                        // the pages do not use) is refused, rather than open to anyone signed in.
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/ui", false).permitAll()
                        .failureHandler(new LoginFailures(http.getSharedObject(ApplicationContext.class))))
                .csrf(csrf -> csrf.csrfTokenRepository(UiSessions.csrfTokens()))
                .requestCache(cache -> cache.requestCache(UiSessions.requestCache()))
                .sessionManagement(sessions -> UiSessions.revocable(sessions,
                        http.getSharedObject(ApplicationContext.class).getBean(SessionRegistry.class), refusals))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(refusals))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The French sign-in page, outside the annotated controllers: it is the one page open to everyone. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/login").setViewName("dashboard/login");
        registry.addViewController("/ui/forbidden").setViewName("dashboard/forbidden");
        registry.addRedirectViewController("/ui/", "/ui");
    }

    private static RequestMatcher covered() {
        RequestMatcher commandFromPage = new AndRequestMatcher(
                antMatcher(HttpMethod.POST, "/api/v1/conventions/**"),
                new RequestHeaderRequestMatcher(FROM_DASHBOARD, DASHBOARD));
        // The rebuild page's script follows and starts the rebuild with the session (the API's rules still apply).
        RequestMatcher rebuildFromPage = new AndRequestMatcher(antMatcher("/api/v1/admin/rebuild"),
                new RequestHeaderRequestMatcher(FROM_DASHBOARD, DASHBOARD));
        return new OrRequestMatcher(antMatcher("/ui"), antMatcher("/ui/**"), antMatcher("/login"), antMatcher("/logout"),
                antMatcher("/webjars/**"), antMatcher("/swagger-ui.html"), antMatcher("/swagger-ui/**"),
                antMatcher("/v3/api-docs"), antMatcher("/v3/api-docs/**"), antMatcher("/v3/api-docs.yaml"),
                commandFromPage, rebuildFromPage);
    }
}
