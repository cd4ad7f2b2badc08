package fr.ctg.dashboard.web;

import fr.ctg.calendar.ParisCalendar;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * French wording of the API's codes (stages, statuses, steps, levels) and of its problem rules. The API stays in
 * English codes; only the pages translate. Templates reach it as {@code @labels}.
 */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRANCE)
            .withZone(ParisCalendar.ZONE);

    private final Map<String, String> words = load("fr/ctg/dashboard/web/labels_fr.properties");
    private final Map<String, String> rules = load("fr/ctg/dashboard/web/rules_fr.properties");

    /** {@code kind} is the enum's family (stage, convention-stage, status, step, level, ballot, outcome). */
    public String of(String kind, Object code) {
        if (code == null) {
            return "—";
        }
        String key = kind + "." + code;
        return words.getOrDefault(key, code.toString());
    }

    public String date(LocalDate date) {
        return date == null ? "—" : DATE.format(date);
    }

    /** An instant as the time it was in Paris, to the second. */
    public String dateTime(Instant instant) {
        return instant == null ? "—" : DATE_TIME.format(instant);
    }

    public String percent(BigDecimal share) {
        if (share == null) {
            return "—";
        }
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString()
                .replace('.', ',') + " %";
    }

    /**
     * French grouping of thousands with a plain space ("12 345"). By hand: {@code String.format} builds the locale's
     * number symbols on every call, which was a tenth of rendering a table of 158 communes.
     */
    public String number(long value) {
        String digits = Long.toString(value);
        int start = value < 0 ? 1 : 0;
        StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3);
        grouped.append(digits, 0, start);
        for (int i = start; i < digits.length(); i++) {
            if (i > start && (digits.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(digits.charAt(i));
        }
        return grouped.toString();
    }

    /** French message of a problem's rule, or null when the rule is not translated. */
    public String rule(String rule) {
        return rules.get(rule);
    }

    public Map<String, String> rules() {
        return rules;
    }

    /** A UTF-8 properties file of the class path as a sorted map. */
    public static Map<String, String> load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Labels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        properties.forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }
}
