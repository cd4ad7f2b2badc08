package fr.ctg.command.web;

import java.util.regex.Pattern;

/**
 * The two ways to a deliberating council in a path: {@code communes/{INSEE code}} and {@code epci/{SIREN}}. Both lead
 * to the same route commands, whose key is the INSEE code or the SIREN.
 */
public final class CouncilPath {

    public static final String KINDS = "communes|epci";
    private static final Pattern INSEE = Pattern.compile(Patterns.INSEE_CODE);
    private static final Pattern SIREN = Pattern.compile("[0-9]{9}");

    private CouncilPath() {
    }

    /** The route key, or a 400 when the identifier has the wrong shape for its kind. */
    public static String key(String kind, String council) {
        boolean epci = "epci".equals(kind);
        if (!(epci ? SIREN : INSEE).matcher(council).matches()) {
            throw new InvalidPath(epci ? "An EPCI is named by its SIREN, 9 digits." : "A commune is named by its "
                    + "INSEE code, 5 characters.");
        }
        return council;
    }

    public static final class InvalidPath extends RuntimeException {
        InvalidPath(String message) {
            super(message, null, false, false);
        }
    }
}
