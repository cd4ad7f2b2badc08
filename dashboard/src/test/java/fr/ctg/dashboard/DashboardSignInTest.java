package fr.ctg.dashboard;

import fr.ctg.platform.security.TestAccounts;
import org.apache.catalina.Context;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' sign-in: no session before a successful sign-in (the CSRF token lives in a cookie), the session cookie's
 * attributes, a session ended when its account is disabled, and the throttling of the form and of HTTP Basic on the
 * pages (429, in French on the form).
 */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardSignInTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void accounts() {
        TestAccounts.createAll(context);
    }

    private int activeSessions() {
        TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
        return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager().getActiveSessions();
    }

    @Test
    void requestsOfTheSignInPageOrOfAPageCreateNoSession() {
        int before = activeSessions();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> login = get("/login", Map.of());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(setCookie(login, "JSESSIONID")).isEmpty();
            HttpResponse<String> page = get("/ui", Map.of("Accept", "text/html"));
            assertThat(page.statusCode()).as("sent to the sign-in page").isEqualTo(302);
            assertThat(setCookie(page, "JSESSIONID")).isEmpty();
        }
        assertThat(activeSessions()).isEqualTo(before);
    }

    @Test
    void theSignInPagesAssetsAndTheChartLibraryAreServedFromTheJarWithoutASession() {
        HttpResponse<String> login = get("/login", Map.of());
        assertThat(login.body()).contains("href=\"/ui/assets/dashboard.css\"");
        HttpResponse<String> stylesheet = get("/ui/assets/dashboard.css", Map.of());
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/css"));
        assertThat(stylesheet.body()).isNotBlank();
        assertThat(get("/ui/assets/dashboard.js", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/webjars/chart.js/4.4.1/dist/chart.umd.js", Map.of()).statusCode()).isEqualTo(200);
        assertThat(get("/ui/assets/no-such-file.css", Map.of()).statusCode()).isEqualTo(404);
        assertThat(setCookie(stylesheet, "JSESSIONID")).isEmpty();
    }

    @Test
    void aSignInWithTheCsrfTokenOfTheFormStartsASessionWithALaxHttpOnlyCookie() {
        HttpResponse<String> login = get("/login", Map.of());
        String csrfCookie = setCookie(login, "XSRF-TOKEN").orElseThrow();
        assertThat(csrfCookie).contains("HttpOnly").contains("SameSite=Lax");

        HttpResponse<String> withoutToken = postForm(TestAccounts.READER, TestAccounts.PASSWORD, null, null);
        assertThat(withoutToken.statusCode()).isEqualTo(401);
        assertThat(setCookie(withoutToken, "JSESSIONID")).isEmpty();

        HttpResponse<String> signedIn = postForm(TestAccounts.READER, TestAccounts.PASSWORD, csrfCookie, token(login));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ui"));
        String session = setCookie(signedIn, "JSESSIONID").orElseThrow();
        assertThat(session).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> page = get("/ui", Map.of("Accept", "text/html", "Cookie", nameValue(session)));
        assertThat(page.statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedWrongPasswordsOnTheFormAre429InFrenchWhileAnotherAccountSignsIn() {
        HttpResponse<String> login = get("/login", Map.of());
        String cookie = setCookie(login, "XSRF-TOKEN").orElseThrow();
        String token = token(login);
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong = postForm(TestAccounts.AUDITOR, "wrong-guess-" + i, cookie, token);
            assertThat(wrong.statusCode()).isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        }
        HttpResponse<String> throttled = postForm(TestAccounts.AUDITOR, TestAccounts.PASSWORD, cookie, token);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("Trop de tentatives de connexion échouées. Réessayez dans")
                .contains("name=\"_csrf\"");
        assertThat(setCookie(throttled, "JSESSIONID")).isEmpty();

        HttpResponse<String> basic = get("/ui", Map.of("Authorization", TestAccounts.basic(TestAccounts.AUDITOR)));
        assertThat(basic.statusCode()).as("HTTP Basic on the pages").isEqualTo(429);
        assertThat(basic.body()).contains("\"rule\":\"sign-in-throttled\"");

        HttpResponse<String> other = postForm(TestAccounts.COORDINATOR, TestAccounts.PASSWORD, cookie, token);
        assertThat(other.statusCode()).isEqualTo(302);
        assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/ui"));
    }

    @Test
    void anOverlongPasswordOnTheFormIsAnOrdinaryFailure() {
        HttpResponse<String> login = get("/login", Map.of());
        HttpResponse<String> refused = postForm("long-password-guesser", "p".repeat(10_000),
                setCookie(login, "XSRF-TOKEN").orElseThrow(), token(login));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    }

    @Test
    void aDisabledAccountLosesItsOpenSessionAtOnce() {
        context.getBean(fr.ctg.platform.security.Accounts.class).create("session-to-revoke", TestAccounts.PASSWORD,
                java.util.EnumSet.of(fr.ctg.platform.security.Role.DASHBOARD_READER));
        HttpResponse<String> login = get("/login", Map.of());
        HttpResponse<String> signedIn = postForm("session-to-revoke", TestAccounts.PASSWORD,
                setCookie(login, "XSRF-TOKEN").orElseThrow(), token(login));
        String session = nameValue(setCookie(signedIn, "JSESSIONID").orElseThrow());
        assertThat(get("/ui", Map.of("Accept", "text/html", "Cookie", session)).statusCode()).isEqualTo(200);

        HttpResponse<String> disabled = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/v1/admin/accounts/session-to-revoke/disable"))
                .header("Authorization", TestAccounts.basic(TestAccounts.ADMIN))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(disabled.statusCode()).isEqualTo(200);

        HttpResponse<String> after = get("/ui", Map.of("Accept", "text/html", "Cookie", session));
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/ui", Map.of("Cookie", session)).statusCode()).as("a script's fetch").isEqualTo(401);
    }

    private static String token(HttpResponse<String> login) {
        Matcher matcher = CSRF.matcher(login.body());
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static Optional<String> setCookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst();
    }

    private static String nameValue(String setCookie) {
        return setCookie.split(";", 2)[0];
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    private HttpResponse<String> postForm(String username, String password, String csrfCookie, String token) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("username", username, "password", password));
        if (token != null) {
            fields.put("_csrf", token);
        }
        String form = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (csrfCookie != null) {
            request.header("Cookie", nameValue(csrfCookie));
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
