package fr.ctg.reference;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An identifier of the prefecture's ACTES system: {@code DDD-SSSSSSSSS-YYYYMMDD-NNNN-CC},
 * e.g. {@code 042-214201865-20230906-DEL_2023_064-DE}.
 */
public record ActesId(String departement, String siren, LocalDate decisionDate, String internalNumber, ActesNature nature) {

    /** A deciding body's own number for its act, e.g. {@code DEL_2023_064}: also a deliberation's number. */
    public static final String INTERNAL_NUMBER = "[0-9A-Z_]{1,15}";
    private static final Pattern FORM = Pattern.compile(
            "([0-9]{2}[0-9AB])-([0-9]{9})-([0-9]{8})-(" + INTERNAL_NUMBER + ")-([A-Z]{2})");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** @throws IllegalArgumentException naming the part that does not hold */
    public static ActesId parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("an ACTES identifier is required");
        }
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not of the form DDD-SSSSSSSSS-YYYYMMDD-NNNN-CC");
        }
        String siren = m.group(2);
        if (!Siren.isValid(siren)) {
            throw new IllegalArgumentException("SIREN " + siren + " fails its Luhn checksum");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(m.group(3), DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("decision date " + m.group(3) + " is not a calendar date");
        }
        ActesNature nature;
        try {
            nature = ActesNature.valueOf(m.group(5));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("nature code " + m.group(5) + " is not one of DE, AR, AI, CC, BF, AU");
        }
        return new ActesId(m.group(1), siren, date, m.group(4), nature);
    }

    /** The 3-character department of ACTES for a reference-data department code ("42" → "042", "2A" → "02A"). */
    public static String departementOf(String referenceDepartement) {
        return "0".repeat(Math.max(0, 3 - referenceDepartement.length())) + referenceDepartement;
    }

    @Override
    public String toString() {
        return departement + "-" + siren + "-" + decisionDate.format(DATE) + "-" + internalNumber + "-" + nature;
    }
}
