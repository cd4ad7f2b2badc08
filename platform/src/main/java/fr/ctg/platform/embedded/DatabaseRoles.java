package fr.ctg.platform.embedded;

import java.util.List;

/**
 * The roles of docs/database-roles.md: {@code owner} runs the migrations and owns the tables, {@code service} is what
 * the service connects as (it cannot change or remove an event), {@code maintenance} is the only role the event
 * store's trigger lets change events. The same names are the migrations' placeholders.
 */
record DatabaseRoles(String superuser, String owner, String service, String maintenance) {

    /** The bootstrap superuser that initdb creates in the embedded cluster. */
    static final String SUPERUSER = "postgres";

    List<String> logins() {
        return List.of(superuser, owner, service, maintenance);
    }
}
