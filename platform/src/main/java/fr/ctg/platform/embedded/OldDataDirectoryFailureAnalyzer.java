package fr.ctg.platform.embedded;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused data directory into Spring Boot's start-up report: what is wrong and what to do, no stack trace. */
class OldDataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<OldDataDirectoryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OldDataDirectoryException cause) {
        String dir = cause.dataDirectory().toString();
        return new FailureAnalysis(cause.getMessage(), String.join(System.lineSeparator(),
                "Migrate the data (docs/database-roles.md, \"Upgrading the embedded PostgreSQL\"):",
                "  1. with PostgreSQL " + cause.found() + " programs, start the old directory and dump it:",
                "       pg_ctl -D " + dir + " -o '-p 15432' start",
                "       pg_dump -Fc -h localhost -p 15432 -U postgres -d postgres -f ctg.dump",
                "       pg_ctl -D " + dir + " stop",
                "  2. move the old directory aside: mv " + dir + " " + dir + "-" + cause.found(),
                "  3. start this release once on the now empty directory (it creates a PostgreSQL " + cause.bundled()
                        + " cluster, its roles and",
                "     its password file), stop it, start that cluster with PostgreSQL " + cause.bundled()
                        + "'s pg_ctl and restore into it:",
                "       PGPASSFILE=<database password file> pg_restore --clean --if-exists --no-owner --no-privileges "
                        + "--role=ctg_owner -h localhost -p 15432 -U postgres -d postgres ctg.dump",
                "  4. stop that cluster and start the service: its migrations bring the restored schema up to date."), cause);
    }
}
