package fr.ctg.app.problems;

import fr.ctg.app.CtgApplication;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem's {@code type} ({@code /problems/<rule>}) is a page of the service that says what the rule means.
 * The rules are read from the modules' sources: every rule-shaped string of the command side and of the document
 * store (they use such strings for nothing else, see the dashboard's RuleTextsTest), and elsewhere each one given
 * with an HTTP status or to a refusal's factory ({@code notFound("…")}, {@code badRequest("…")}…).
 */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProblemTypePagesTest {

    private static final String RULE = "[a-z][a-z0-9]*(?:-[a-z0-9]+)+";
    private static final Pattern ANY_RULE = Pattern.compile("\"(" + RULE + ")\"");
    private static final Pattern GIVEN_RULE = Pattern.compile("(?:HttpStatus\\.[A-Z_]+,\\s*|(?:notFound|badRequest"
            + "|violation|conflict|ViewNotReadyException)\\(\\s*)\"(" + RULE + ")\"");
    private static final Path ROOT = Path.of("..");

    @LocalServerPort
    int port;

    @Test
    void everyRuleTheCodeCanAnswerHasAPageThatDescribesIt() {
        Set<String> rules = new TreeSet<>();
        collect(ROOT.resolve("command-side/src/main/java/fr/ctg/command"), ANY_RULE, rules);
        collect(ROOT.resolve("platform/src/main/java/fr/ctg/platform/documents"), ANY_RULE, rules);
        for (String module : List.of("platform", "query-side", "audit", "app", "dashboard", "command-side")) {
            collect(ROOT.resolve(module).resolve("src/main/java"), GIVEN_RULE, rules);
        }
        assertThat(rules).as("rules found in the sources").hasSizeGreaterThan(150)
                .contains("vote-before-presentation", "invalid-input", "malformed-request", "authentication-required",
                        "view-not-caught-up", "history-filter-invalid", "sign-in-throttled", "xml-doctype-refused");

        TestClient anyone = TestClient.on(port).as(null);
        List<String> without = new ArrayList<>();
        for (String rule : rules) {
            TestClient.Answer page = anyone.get("/problems/" + rule);
            if (page.status() != 200 || !page.body().contains("<code>" + rule + "</code>")
                    || !page.body().matches("(?s).*<p>[^<]{10,}</p>.*")) {
                without.add(rule + " (" + page.status() + ")");
            }
        }
        assertThat(without).as("rules without a page").isEmpty();
    }

    @Test
    void aProblemTypeResolvesToItsPageAndAnUnknownTypeIsNotFound() {
        TestClient anyone = TestClient.on(port).as(null);
        TestClient.Answer refused = anyone.get("/api/v1/conventions");
        assertThat(refused.status()).isEqualTo(401);
        String type = refused.json().path("type").asText();
        assertThat(type).isEqualTo("/problems/authentication-required");

        TestClient.Answer page = anyone.get(type);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("authentication-required");

        TestClient.Answer method = anyone.get("/problems/method-not-allowed");
        assertThat(method.status()).isEqualTo(200);
        assertThat(method.body()).contains("405");

        assertThat(anyone.get("/problems/no-such-rule").status()).isEqualTo(404);
    }

    private static void collect(Path sources, Pattern pattern, Set<String> rules) {
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                Matcher matcher = pattern.matcher(read(file));
                while (matcher.find()) {
                    rules.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
