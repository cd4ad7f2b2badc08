package fr.ctg.platform.documents;

import org.springframework.http.HttpStatus;

/** A document the store does not take, answered as a problem naming the rule ({@link DocumentProblems}). */
public class DocumentRefused extends RuntimeException {

    private final HttpStatus status;
    private final String rule;

    public DocumentRefused(HttpStatus status, String rule, String message) {
        super(message, null, false, false);
        this.status = status;
        this.rule = rule;
    }

    public static DocumentRefused tooLarge(long limit) {
        return new DocumentRefused(HttpStatus.PAYLOAD_TOO_LARGE, "document-too-large",
                "A document is at most " + limit + " bytes.");
    }

    public static DocumentRefused malformedXml(String message) {
        return new DocumentRefused(HttpStatus.BAD_REQUEST, "xml-malformed", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }
}
