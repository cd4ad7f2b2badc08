package fr.ctg.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dashboard user signed in as a browser is, through the sign-in form (its CSRF token from the form, in a cookie
 * too), then reading pages with the session cookie only: no sign-in cost per page, as for a person using it.
 */
final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");

    private final String baseUrl;
    private final String sessionCookie;

    private PageSession(String baseUrl, String sessionCookie) {
        this.baseUrl = baseUrl;
        this.sessionCookie = sessionCookie;
    }

    static PageSession signIn(String baseUrl, String user) throws Exception {
        HttpResponse<String> form = Http.exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .timeout(Duration.ofSeconds(30)).GET().build());
        Matcher token = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("GET /login -> " + form.statusCode() + ", no CSRF token in the form");
        }
        String body = "username=" + encode(user) + "&password=" + encode(Http.PASSWORD) + "&_csrf="
                + encode(token.group(1));
        HttpResponse<String> signedIn = Http.exchange(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies(form, "XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        String location = signedIn.headers().firstValue("Location").orElse("");
        String session = cookies(signedIn, "JSESSIONID");
        if (signedIn.statusCode() != 302 || location.contains("error") || session.isEmpty()) {
            throw new IllegalStateException("signing in as " + user + " -> " + signedIn.statusCode() + " " + location);
        }
        return new PageSession(baseUrl, session);
    }

    /** GET of a page of the service ({@code path} from the root), with the session; status and body. */
    String[] get(String path) {
        return get(path, Duration.ofSeconds(10));
    }

    /** The same, waiting longer: a printed document's first rendering loads fonts and templates. */
    String[] get(String path, Duration timeout) {
        return Http.send(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Cookie", sessionCookie).GET().build());
    }

    /** The {@code name=value} pairs of the named cookies the answer set. */
    private static String cookies(HttpResponse<?> answer, String name) {
        List<String> set = answer.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .filter(pair -> pair.startsWith(name + "=") && pair.length() > name.length() + 1)
                .toList();
        return String.join("; ", set);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
