package fr.ctg.platform.security;

/** Who may do what. A coordinator acts only on the conventions assigned to them. */
public enum Role {
    /** Advances the route and the actions of the conventions assigned to them. */
    COORDINATOR,
    /** Reads history, exports, as-of views and verifies the record; sends no command. */
    AUDITOR,
    /** Reads the views. */
    DASHBOARD_READER,
    /** Defines conventions, manages accounts and assignments, rebuilds views. */
    ADMINISTRATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
