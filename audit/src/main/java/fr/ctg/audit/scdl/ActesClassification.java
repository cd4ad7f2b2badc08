package fr.ctg.audit.scdl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The levels 1 and 2 of the ACTES classification ({@code actes/classification-levels-1-2.tsv}, whose header says its
 * source): a transmission's subject codes as SCDL's {@code DELIB_MATIERE_CODE} ("8.2") and {@code DELIB_MATIERE_NOM}
 * ("domaines de compétences par thèmes/aide sociale").
 */
final class ActesClassification {

    record Subject(String code, String name) {
    }

    private static final Map<String, String> LABELS = load();

    private ActesClassification() {
    }

    /** The level-2 subject of these codes (level 1 first); empty when fewer than two or not in the classification. */
    static Optional<Subject> of(List<String> codes) {
        if (codes == null || codes.size() < 2) {
            return Optional.empty();
        }
        String level1 = LABELS.get(codes.get(0));
        String code = codes.get(0) + "." + codes.get(1);
        String level2 = LABELS.get(code);
        return level1 == null || level2 == null ? Optional.empty()
                : Optional.of(new Subject(code, level1 + "/" + level2));
    }

    private static Map<String, String> load() {
        Map<String, String> labels = new HashMap<>();
        try (InputStream in = ActesClassification.class.getResourceAsStream("/actes/classification-levels-1-2.tsv");
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            lines.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                String[] fields = line.split("\t", 2);
                labels.put(fields[0].strip(), fields[1].strip());
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(labels);
    }
}
