package fr.ctg.amendment;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document of an amendment is attached to, as a {@link fr.ctg.document.DocumentAttached#subjectKey()}:
 * {@code amendment-N:KEY}, KEY being a council's key (deliberation, transmission) or a party's id (signature). The
 * convention's documents keep their plain key, so every document stays one event type that the document store, its
 * download and the audit of its bytes already read (ADR 0011).
 */
public record AmendmentSubject(int number, String key) {

    private static final Pattern FORM = Pattern.compile("amendment-([1-9][0-9]{0,3}):([A-Za-z0-9_-]{1,64})");

    public static Optional<AmendmentSubject> parse(String subjectKey) {
        Matcher matcher = subjectKey == null ? null : FORM.matcher(subjectKey);
        return matcher != null && matcher.matches()
                ? Optional.of(new AmendmentSubject(Integer.parseInt(matcher.group(1)), matcher.group(2)))
                : Optional.empty();
    }

    public String subjectKey() {
        return "amendment-" + number + ":" + key;
    }
}
