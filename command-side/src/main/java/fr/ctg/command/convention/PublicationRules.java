package fr.ctg.command.convention;

import fr.ctg.route.PublicationMode;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * How a deliberation is published (CGCT L2131-1, since 1 July 2022): electronically by default, with the address where
 * the full text is; display or paper only for a body under 3,500 inhabitants (its choice, by deliberation).
 */
final class PublicationRules {

    private PublicationRules() {
    }

    static PublicationMode mode(CommuneRoute route, PublicationMode given, String url) {
        PublicationMode mode = given == null ? PublicationMode.ELECTRONIC : given;
        int population = route.council().population();
        RuleViolation.check(mode == PublicationMode.ELECTRONIC || !PublicationMode.electronicRequired(population),
                "electronic-publication-required", route.name() + " has " + population + " inhabitants: from "
                        + PublicationMode.ELECTRONIC_REQUIRED_FROM + ", acts are published electronically.");
        if (mode == PublicationMode.ELECTRONIC) {
            RuleViolation.check(url != null && !url.isBlank(), "publication-url-required",
                    "An electronic publication gives the address where the full text is published.");
            if (!isWebAddress(url)) {
                throw RuleViolation.malformed("publication-url-invalid",
                        "The publication's address must be an absolute http or https URL.");
            }
        } else {
            RuleViolation.check(url == null || url.isBlank(), "publication-url-only-electronic",
                    "Only an electronic publication has an address; a " + mode + " one does not.");
        }
        return mode;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && url.length() <= 2000;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
