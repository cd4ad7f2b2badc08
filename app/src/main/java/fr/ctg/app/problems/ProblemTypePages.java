package fr.ctg.app.problems;

import fr.ctg.dashboard.web.Labels;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The page behind every problem's {@code type} ({@code /problems/<rule>}): what the rule means, in French. The texts
 * of the command API's rules are the dashboard's (its forms show the same); the others are in
 * {@code problems_fr.properties}; a rule named after an HTTP status (Spring's own refusals, such as
 * {@code method-not-allowed}) is described by that status. Open to everyone: a client refused for not being signed
 * in can read why.
 */
@Controller
class ProblemTypePages {

    private final Labels labels;
    private final Properties others = load();

    ProblemTypePages(Labels labels) {
        this.labels = labels;
    }

    @GetMapping("/problems/{rule}")
    String page(@PathVariable String rule, Model model) {
        String description = describe(rule).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No problem type '" + rule + "'."));
        model.addAttribute("rule", rule);
        model.addAttribute("description", description);
        return "problems/rule";
    }

    Optional<String> describe(String rule) {
        String text = labels.rule(rule);
        if (text == null) {
            text = others.getProperty(rule);
        }
        if (text == null) {
            text = httpStatus(rule).map(status -> "Refus HTTP " + status.value() + " (" + status.getReasonPhrase()
                    + ") : la requête ne convient pas à cette adresse (méthode, type de contenu ou chemin).").orElse(null);
        }
        return Optional.ofNullable(text);
    }

    private static Optional<HttpStatus> httpStatus(String rule) {
        try {
            HttpStatus status = HttpStatus.valueOf(rule.toUpperCase(Locale.ROOT).replace('-', '_'));
            return status.isError() ? Optional.of(status) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = ProblemTypePages.class.getResourceAsStream("/fr/ctg/app/problems/problems_fr.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
