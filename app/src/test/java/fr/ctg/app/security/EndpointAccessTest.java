package fr.ctg.app.security;

import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.Role;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.ctg.platform.security.Role.ADMINISTRATOR;
import static fr.ctg.platform.security.Role.AUDITOR;
import static fr.ctg.platform.security.Role.COORDINATOR;
import static fr.ctg.platform.security.Role.DASHBOARD_READER;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enumerates every endpoint from the application's own request mappings (and every actuator endpoint) and checks
 * that each answers 401 without credentials and 403 to every role that must not use it. An endpoint that the access
 * policy below does not classify fails the test, so a new endpoint cannot be forgotten.
 */
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndpointAccessTest {

    private static final Map<Role, String> ACCOUNT = Map.of(ADMINISTRATOR, TestAccounts.ADMIN,
            COORDINATOR, TestAccounts.COORDINATOR, AUDITOR, TestAccounts.AUDITOR, DASHBOARD_READER, TestAccounts.READER);
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    PathMappedEndpoints actuator;

    record Endpoint(HttpMethod method, String pattern) {
    }

    @BeforeEach
    void accounts() {
        TestAccounts.createAll(context);
    }

    /** Who may use an endpoint; null for an endpoint the policy does not know. */
    static Set<Role> allowed(Endpoint endpoint) {
        String path = endpoint.pattern();
        HttpMethod method = endpoint.method();
        if (path.startsWith("/api/v1/admin/")) {
            return EnumSet.of(ADMINISTRATOR);
        }
        if (path.startsWith("/api/v1/audit/accounts/")) {
            return EnumSet.of(AUDITOR, ADMINISTRATOR);
        }
        if (path.equals("/api/v1/account") || path.startsWith("/api/v1/account/")) {
            return EnumSet.allOf(Role.class);
        }
        if (path.startsWith("/api/v1/audit/")) {
            return EnumSet.of(AUDITOR);
        }
        if (path.equals("/api/v1/conventions") && method == HttpMethod.POST) {
            return EnumSet.of(ADMINISTRATOR);
        }
        if (path.startsWith("/api/v1/conventions/") && method == HttpMethod.POST) {
            return EnumSet.of(COORDINATOR);
        }
        if ((path.equals("/api/v1/conventions") || path.startsWith("/api/v1/conventions/")) && method == HttpMethod.GET) {
            return EnumSet.of(DASHBOARD_READER, COORDINATOR, AUDITOR, ADMINISTRATOR);
        }
        if (path.startsWith("/ui/conventions/{conventionId}/history") && method == HttpMethod.GET) {
            return EnumSet.of(AUDITOR);
        }
        if ((path.equals("/ui") || path.startsWith("/ui/")) && method == HttpMethod.GET) {
            return EnumSet.allOf(Role.class);
        }
        if ((path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) && method == HttpMethod.GET) {
            return EnumSet.allOf(Role.class);
        }
        if (path.equals("/error")) {
            return EnumSet.allOf(Role.class);
        }
        return null;
    }

    @Test
    void everyEndpointRefusesTheAnonymousAndEveryRoleThatMustNotUseIt() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(10);
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Set<Role> roles = allowed(endpoint);
            if (roles == null) {
                wrong.add("unclassified endpoint " + endpoint + ": add it to the access policy of this test");
                continue;
            }
            String url = concrete(endpoint.pattern());
            int anonymous = call(null, endpoint.method(), url);
            if (anonymous != 401) {
                wrong.add(endpoint + " answers " + anonymous + " without credentials");
            }
            for (Role role : EnumSet.complementOf(EnumSet.copyOf(roles))) {
                int status = call(ACCOUNT.get(role), endpoint.method(), url);
                if (status != 403) {
                    wrong.add(endpoint + " answers " + status + " to " + role);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theActuatorShowsOnlyHealthPublicly() {
        List<String> wrong = new ArrayList<>();
        for (String path : actuator.getAllPaths()) {
            if (path.endsWith("/health")) {
                int status = call(null, HttpMethod.GET, path);
                if (status != 200) {
                    wrong.add(path + " answers " + status + " publicly");
                }
                continue;
            }
            if (call(null, HttpMethod.GET, path) != 401) {
                wrong.add(path + " is open to the anonymous");
            }
            for (Role role : EnumSet.of(COORDINATOR, AUDITOR, DASHBOARD_READER)) {
                int status = call(ACCOUNT.get(role), HttpMethod.GET, path);
                if (status != 403) {
                    wrong.add(path + " answers " + status + " to " + role);
                }
            }
        }
        assertThat(actuator.getAllPaths()).isNotEmpty();
        assertThat(wrong).isEmpty();
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint(HttpMethod.GET, pattern));
                } else {
                    methods.forEach(m -> endpoints.add(new Endpoint(HttpMethod.valueOf(m.name()), pattern)));
                }
            }
        }
        return endpoints;
    }

    private static String concrete(String pattern) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "conventionId" -> "ctg-access";
                case "inseeCode" -> "42186";
                case "actionId" -> "pe-01";
                case "username" -> "someone";
                default -> "P1";
            };
            matcher.appendReplacement(url, value);
        }
        matcher.appendTail(url);
        return url.toString().replace("/**", "/x");
    }

    private int call(String username, HttpMethod method, String url) {
        TestRestTemplate client = username == null ? http : http.withBasicAuth(username, TestAccounts.PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = method == HttpMethod.GET || method == HttpMethod.DELETE ? null : "{}";
        return client.exchange(url, method, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    }
}
