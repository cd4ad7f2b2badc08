package fr.ctg.dashboard.web;

/** A page asked about a convention the views have never seen: answered as a French 404 page. */
public class UnknownConventionException extends RuntimeException {

    public UnknownConventionException(String conventionId) {
        super("No convention '" + conventionId + "'");
    }
}
