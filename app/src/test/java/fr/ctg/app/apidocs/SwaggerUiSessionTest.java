package fr.ctg.app.apidocs;

import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI as a browser opens it from the dashboard: signed in with the dashboard's form, the page, its
 * configuration and the document all answer with that session, and the dashboard links to it.
 */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiSessionTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void swaggerUiOpensWithTheDashboardsSessionAndTheDashboardLinksToIt() {
        TestAccounts.createAll(context);
        String session = signIn();

        HttpResponse<String> dashboard = get("/ui", "text/html", session);
        assertThat(dashboard.statusCode()).isEqualTo(200);
        assertThat(dashboard.body()).contains("href=\"/swagger-ui.html\"").contains("Documentation de l'API");

        HttpResponse<String> entry = get("/swagger-ui.html", "text/html", session);
        assertThat(entry.statusCode()).isEqualTo(302);
        String location = entry.headers().firstValue("Location").orElseThrow();
        assertThat(location).doesNotContain("/login");

        HttpResponse<String> page = get(URI.create(location).getPath(), "text/html", session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        HttpResponse<String> initializer = get("/swagger-ui/swagger-initializer.js", "*/*", session);
        assertThat(initializer.statusCode()).isEqualTo(200);

        HttpResponse<String> config = get("/v3/api-docs/swagger-config", "application/json", session);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs");
        HttpResponse<String> document = get("/v3/api-docs", "application/json", session);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("\"openapi\"");
    }

    @Test
    void openingSwaggerUiBeforeSigningInComesBackToItAfterTheSignIn() {
        TestAccounts.createAll(context);
        HttpResponse<String> before = get("/swagger-ui/index.html", "text/html", null);
        assertThat(before.statusCode()).isEqualTo(302);
        assertThat(before.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        String asked = cookie(before, "REDIRECT_URI");

        HttpResponse<String> signedIn = signIn(asked);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/swagger-ui/index.html"));
    }

    private String signIn() {
        HttpResponse<String> signedIn = signIn(null);
        return cookie(signedIn, "JSESSIONID");
    }

    /** The dashboard's form sign-in, as a browser does it, with the cookie of the page asked before if any. */
    private HttpResponse<String> signIn(String askedCookie) {
        HttpResponse<String> login = get("/login", "text/html", askedCookie);
        String csrfCookie = cookie(login, "XSRF-TOKEN") + (askedCookie == null ? "" : "; " + askedCookie);
        Matcher token = CSRF.matcher(login.body());
        assertThat(token.find()).isTrue();
        String form = "username=" + TestAccounts.READER + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token.group(1);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", csrfCookie)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        return signedIn;
    }

    private HttpResponse<String> get(String path, String accept, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String cookie(HttpResponse<String> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";", 2)[0]).findFirst().orElseThrow(() -> new AssertionError("no " + name));
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
