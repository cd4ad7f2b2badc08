package fr.ctg.query.web;

import org.springframework.http.HttpStatus;

/** A read that cannot be answered as asked: an unknown convention (404) or an invalid parameter (400). */
public class QueryProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String rule;

    public QueryProblemException(HttpStatus status, String rule, String detail) {
        super(detail);
        this.status = status;
        this.rule = rule;
    }

    public static QueryProblemException notFound(String rule, String detail) {
        return new QueryProblemException(HttpStatus.NOT_FOUND, rule, detail);
    }

    public static QueryProblemException badRequest(String rule, String detail) {
        return new QueryProblemException(HttpStatus.BAD_REQUEST, rule, detail);
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }
}
