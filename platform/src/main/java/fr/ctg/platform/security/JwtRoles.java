package fr.ctg.platform.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reads the roles of a token from a claim path such as {@code realm_access.roles} (Keycloak) or {@code roles}, and
 * keeps only this service's roles, so that a provider's other roles grant nothing here.
 */
class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final List<String> path;

    JwtRoles(String claimPath) {
        this.path = Arrays.asList(claimPath.split("\\."));
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        Object node = jwt.getClaims();
        for (String step : path) {
            node = node instanceof Map<?, ?> map ? map.get(step) : null;
        }
        if (!(node instanceof Collection<?> values)) {
            return List.of();
        }
        return values.stream().map(String::valueOf)
                .filter(JwtRoles::isKnown)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(Role.valueOf(role).authority()))
                .toList();
    }

    private static boolean isKnown(String role) {
        return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role));
    }
}
