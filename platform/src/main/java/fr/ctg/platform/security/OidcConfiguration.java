package fr.ctg.platform.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Production sign-in through an OpenID Connect provider (e.g. Keycloak): tokens must come from the configured issuer
 * and name this service in their audience. The provider's keys are fetched from the issuer when the first token
 * arrives, so the service starts even while the provider is unreachable.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ctg.security.mode", havingValue = "oidc")
class OidcConfiguration {

    @Bean
    JwtDecoder jwtDecoder(@Value("${ctg.security.oidc.issuer-uri}") String issuer,
                          @Value("${ctg.security.oidc.jwk-set-uri:${ctg.security.oidc.issuer-uri}/protocol/openid-connect/certs}") String jwkSetUri,
                          @Value("${ctg.security.oidc.audience}") String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(validator(issuer, audience));
        return decoder;
    }

    static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer), audience(audience));
    }

    static OAuth2TokenValidator<Jwt> audience(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                "The token is not meant for this service (audience " + audience + ").", null));
    }
}
