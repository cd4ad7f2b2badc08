package fr.ctg.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a provider's token becomes a principal here: only this service's roles, only tokens meant for it. */
class OidcTokensTest {

    @Test
    void readsRolesFromAKeycloakStyleClaimAndIgnoresTheProvidersOtherRoles() {
        Jwt token = token(Map.of("realm_access", Map.of("roles", List.of("COORDINATOR", "offline_access", "admin"))),
                List.of("ctg"));

        assertThat(new JwtRoles("realm_access.roles").convert(token)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_COORDINATOR");
    }

    @Test
    void aTokenWithoutTheClaimGrantsNothing() {
        assertThat(new JwtRoles("roles").convert(token(Map.of("scope", "openid"), List.of("ctg")))).isEmpty();
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThat(OidcConfiguration.audience("ctg").validate(token(Map.of(), List.of("ctg"))).hasErrors()).isFalse();
        assertThat(OidcConfiguration.audience("ctg").validate(token(Map.of(), List.of("other"))).hasErrors()).isTrue();
    }

    private static Jwt token(Map<String, Object> claims, List<String> audience) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject("claire")
                .issuedAt(Instant.parse("2026-01-01T00:00:00Z")).expiresAt(Instant.parse("2026-01-01T01:00:00Z"))
                .audience(audience);
        claims.forEach(builder::claim);
        return builder.build();
    }
}
