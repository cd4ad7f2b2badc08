package fr.ctg.app.security;

import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.Role;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import fr.ctg.platform.testing.SampleConvention;
import org.springframework.jdbc.core.JdbcTemplate;
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
@Tag("slow")
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
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    record Endpoint(HttpMethod method, String pattern) {
    }

    @BeforeEach
    void accounts() {
        TestAccounts.createAll(context);
    }

    /**
     * Open without signing in, each for its reason: a calendar client cannot sign in (the feed's secret token is its
     * credential), and a problem's {@code type} must resolve for anyone who received it.
     */
    private static final Set<String> PUBLIC = Set.of("/api/v1/reminders/calendar/{token}.ics", "/problems/{rule}");

    /** Who may use an endpoint; null for an endpoint the policy does not know. */
    static Set<Role> allowed(Endpoint endpoint) {
        String path = endpoint.pattern();
        HttpMethod method = endpoint.method();
        if (PUBLIC.contains(path) && method == HttpMethod.GET) {
            return EnumSet.allOf(Role.class);
        }
        if (path.startsWith("/api/v1/reminders")) {
            // Reminders and one's own calendar token: every role, each seeing only the conventions it may see.
            return EnumSet.allOf(Role.class);
        }
        if (path.startsWith("/ui/admin/") && method == HttpMethod.GET) {
            return EnumSet.of(ADMINISTRATOR);
        }
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
            if (PUBLIC.contains(endpoint.pattern())) {
                // Open to all, and still never a server error (an unknown token or rule is a 404).
                if (anonymous == 401 || anonymous == 403 || anonymous >= 500) {
                    wrong.add(endpoint + " answers " + anonymous + " without credentials, though public");
                }
                continue;
            }
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

    /**
     * The dashboard's chain lets the pages' commands into the API with a session: signed in on the dashboard, every
     * role meets exactly the API's rules on every API endpoint, with the dashboard's header or without it.
     */
    @Test
    void aDashboardSessionGrantsNoEndpointThatTheApiRefuses() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Role role : Role.values()) {
            DashboardSession session = DashboardSession.signIn(port, ACCOUNT.get(role));
            for (Endpoint endpoint : endpoints()) {
                Set<Role> roles = allowed(endpoint);
                if (roles == null || roles.contains(role) || !endpoint.pattern().startsWith("/api/")) {
                    continue;
                }
                String body = endpoint.method() == HttpMethod.GET || endpoint.method() == HttpMethod.DELETE ? null : "{}";
                for (boolean fromDashboard : new boolean[]{true, false}) {
                    int status = session.send(endpoint.method().name(), concrete(endpoint.pattern()), body, fromDashboard)
                            .statusCode();
                    if (status != 401 && status != 403) {
                        wrong.add(endpoint + " answers " + status + " to " + role + " signed in on the dashboard"
                                + (fromDashboard ? " with the dashboard's header" : ""));
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void onlyAnAdministratorDefinesAConventionWhicheverWayIn() throws Exception {
        long events = events();
        String sample = SampleConvention.as("ctg-squatted");
        for (Role role : EnumSet.complementOf(EnumSet.of(ADMINISTRATOR))) {
            String user = ACCOUNT.get(role);
            DashboardSession session = DashboardSession.signIn(port, user);
            assertThat(session.send("POST", "/api/v1/conventions", sample, true).statusCode())
                    .as("%s on the dashboard, with its header", role).isEqualTo(403);
            assertThat(basicPost(user, "/api/v1/conventions", sample, false))
                    .as("%s with HTTP Basic", role).isEqualTo(403);
            assertThat(basicPost(user, "/api/v1/conventions", sample, true))
                    .as("%s with HTTP Basic and the dashboard's header", role).isEqualTo(403);
        }
        assertThat(events()).isEqualTo(events);
        // The same request succeeds for an administrator signed in on the dashboard: the refusals above are the rule's.
        DashboardSession admin = DashboardSession.signIn(port, ACCOUNT.get(ADMINISTRATOR));
        assertThat(admin.send("POST", "/api/v1/conventions", sample, true).statusCode()).isEqualTo(201);
        assertThat(events()).isEqualTo(events + 1);
    }

    @Test
    void anAssignedCoordinatorSendsACommandFromTheDashboard() throws Exception {
        assertThat(basicPost(TestAccounts.ADMIN, "/api/v1/conventions", SampleConvention.as("ctg-from-pages"), false))
                .isEqualTo(201);
        TestAccounts.assign(context, "ctg-from-pages", TestAccounts.COORDINATOR);
        DashboardSession session = DashboardSession.signIn(port, TestAccounts.COORDINATOR);
        String presentation = "/api/v1/conventions/ctg-from-pages/communes/42186/presentation";
        assertThat(session.send("POST", presentation, "{\"sessionDate\":\"2023-09-06\"}", true).statusCode())
                .isEqualTo(200);
        // Without the header the request is the API's, which knows no session.
        assertThat(session.send("POST", presentation, "{\"sessionDate\":\"2023-09-07\"}", false).statusCode())
                .isEqualTo(401);
    }

    private int basicPost(String user, String path, String body, boolean fromDashboard) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (fromDashboard) {
            headers.set(DashboardSession.FROM_DASHBOARD, "ctg-dashboard");
        }
        return http.withBasicAuth(user, TestAccounts.PASSWORD)
                .exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class).getStatusCode().value();
    }

    private long events() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
        return count == null ? 0 : count;
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
                case "council" -> pattern.contains("/epci/") ? "244200770" : "42186";
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
