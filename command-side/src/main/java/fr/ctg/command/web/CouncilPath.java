package fr.ctg.command.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;

import java.util.regex.Pattern;

/**
 * The two ways to a deliberating council in a path: {@value #COMMUNE} (its INSEE code) and {@value #EPCI} (its
 * SIREN). Both lead to the same route commands, whose key is the INSEE code or the SIREN; which one the request took
 * is the pattern it matched.
 */
public final class CouncilPath {

    public static final String COMMUNE = "/communes/{council}";
    public static final String EPCI = "/epci/{council}";
    private static final Pattern INSEE = Pattern.compile(Patterns.INSEE_CODE);
    private static final Pattern SIREN = Pattern.compile("[0-9]{9}");

    private CouncilPath() {
    }

    /** The route key, or a 400 when the identifier has the wrong shape for the path it came by. */
    public static String key(HttpServletRequest request, String council) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        boolean epci = pattern != null && pattern.toString().contains(EPCI);
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
