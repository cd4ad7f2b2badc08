package fr.ctg.query.web;

import java.util.Map;

/** The view cannot answer yet (not caught up, or being rebuilt): a 503 with the seconds to wait before retrying. */
public class ViewNotReadyException extends RuntimeException {

    private final String rule;
    private final long retryAfterSeconds;
    private final transient Map<String, Object> properties;

    public ViewNotReadyException(String rule, String detail, long retryAfterSeconds, Map<String, Object> properties) {
        super(detail);
        this.rule = rule;
        this.retryAfterSeconds = retryAfterSeconds;
        this.properties = properties;
    }

    public String rule() {
        return rule;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Map<String, Object> properties() {
        return properties;
    }
}
