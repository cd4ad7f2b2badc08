package fr.ctg.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.nio.file.Path;
import java.util.List;

import static fr.ctg.platform.security.Role.ADMINISTRATOR;

/**
 * Who may call what. {@code ctg.security.mode=local} (the embedded default) signs in local accounts with HTTP Basic;
 * {@code ctg.security.mode=oidc} accepts bearer tokens of an OpenID Connect provider. Either way the rules are these.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, CoordinatorAssignments assignments, ObjectMapper json,
                            Environment environment) throws Exception {
        boolean oidc = "oidc".equals(environment.getProperty("ctg.security.mode", "local"));
        http.authorizeHttpRequests(rules -> ApiAccessRules.apply(rules
                                // The container's error dispatch of a request already authorised (or refused) by
                                // its own chain: asking this stateless chain to sign it in again answered 401.
                                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                                // The pages behind problem types: whoever was refused may read why.
                                .requestMatchers(HttpMethod.GET, "/problems/*").permitAll()
                                .requestMatchers("/actuator/**").hasRole(ADMINISTRATOR.name()), assignments)
                        .anyRequest().authenticated())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .cors(Customizer.withDefaults())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(ProblemResponses.unauthorized(json, oidc ? "Bearer" : "Basic realm=\"ctg\""))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)));
        if (oidc) {
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(ProblemResponses.unauthorized(json, "Bearer"))
                    .accessDeniedHandler(ProblemResponses.forbidden(json))
                    .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtConverter(environment))));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(
                    ProblemResponses.unauthorized(json, "Basic realm=\"ctg\"")));
        }
        return http.build();
    }

    private static JwtAuthenticationConverter jwtConverter(Environment environment) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new JwtRoles(
                environment.getProperty("ctg.security.oidc.roles-claim", "realm_access.roles")));
        converter.setPrincipalClaimName(environment.getProperty("ctg.security.oidc.principal-claim", "preferred_username"));
        return converter;
    }

    /**
     * The sign-in of local accounts for every chain: throttled and bounded before the account lookup and BCrypt. A
     * disabled account is refused before its password is checked.
     */
    @Bean
    @ConditionalOnProperty(name = "ctg.security.mode", havingValue = "local", matchIfMissing = true)
    AuthenticationProvider localSignIn(Accounts accounts, PasswordEncoder encoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(new LocalAccountDetails(accounts));
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, throttle);
    }

    @Bean
    @ConditionalOnProperty(name = "ctg.security.mode", havingValue = "local", matchIfMissing = true)
    InitialAdministrator initialAdministrator(Accounts accounts, AccountOperations operations,
                                              @Value("${ctg.security.initial-admin-file}") Path passwordFile) {
        return new InitialAdministrator(accounts, operations, passwordFile);
    }

    /** No cross-origin access unless origins are configured. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(@Value("${ctg.cors.allowed-origins:}") List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!origins.isEmpty()) {
            CorsConfiguration cors = new CorsConfiguration();
            cors.setAllowedOrigins(origins);
            cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key",
                    "X-Correlation-Id"));
            cors.setExposedHeaders(List.of("ETag", "Location", "X-Request-Id", "X-Correlation-Id"));
            source.registerCorsConfiguration("/api/**", cors);
        }
        return source;
    }
}
