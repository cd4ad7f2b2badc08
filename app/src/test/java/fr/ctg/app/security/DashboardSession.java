package fr.ctg.app.security;

import fr.ctg.platform.security.TestAccounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user signed in on the dashboard as a browser is: the French sign-in form, a session cookie, and the CSRF token
 * the pages carry, sent with the header that the pages' scripts add to the commands they post. It is the second way
 * into the API, and the access tests try it for every endpoint.
 */
final class DashboardSession {

    static final String FROM_DASHBOARD = "X-Requested-With";
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final String csrfHeader;
    private final String csrf;

    private DashboardSession(String base, HttpClient http, String csrfHeader, String csrf) {
        this.base = base;
        this.http = http;
        this.csrfHeader = csrfHeader;
        this.csrf = csrf;
    }

    static DashboardSession signIn(int port, String username) throws IOException, InterruptedException {
        String base = "http://localhost:" + port;
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String form = "username=" + encode(username) + "&password=" + encode(TestAccounts.PASSWORD)
                + "&_csrf=" + encode(find(FORM_TOKEN, loginPage, "the sign-in form's CSRF token"));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String landing = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || landing.contains("error")) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + signedIn.statusCode() + " " + landing);
        }
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/ui")).header("Accept", "text/html")
                .GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        return new DashboardSession(base, http, find(META_HEADER, page, "the page's CSRF header name"),
                find(META_TOKEN, page, "the page's CSRF token"));
    }

    /** A request as the pages' scripts send it: session cookie, CSRF header and, if asked, the dashboard's header. */
    HttpResponse<String> send(String method, String path, String body, boolean fromDashboard)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header(csrfHeader, csrf)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (fromDashboard) {
            request.header(FROM_DASHBOARD, "ctg-dashboard");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String html, String what) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " in " + html);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
