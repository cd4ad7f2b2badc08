package fr.ctg.app.report;

import org.springframework.http.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The forms of the annual report, chosen by {@code ?format=} or else by {@code Accept}. */
enum ReportFormat {
    JSON("json", MediaType.APPLICATION_JSON),
    ODS("ods", MediaType.parseMediaType("application/vnd.oasis.opendocument.spreadsheet")),
    PDF("pdf", MediaType.APPLICATION_PDF),
    HTML("html", MediaType.TEXT_HTML);

    final String extension;
    final MediaType mediaType;

    ReportFormat(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static Optional<ReportFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(name)).findFirst();
    }

    /** The first accepted form, in the client's order of preference; JSON when it accepts anything. */
    static Optional<ReportFormat> accepted(List<MediaType> accept) {
        if (accept.isEmpty()) {
            return Optional.of(JSON);
        }
        MediaType.sortBySpecificityAndQuality(accept);
        for (MediaType wanted : accept) {
            for (ReportFormat format : values()) {
                if (wanted.includes(format.mediaType)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
