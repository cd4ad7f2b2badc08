package fr.ctg.platform.embedded;

import java.nio.file.Path;

/** The data directory was created by another major version of PostgreSQL than the one the service bundles. */
class OldDataDirectoryException extends RuntimeException {

    private final Path dataDirectory;
    private final String found;
    private final String bundled;

    OldDataDirectoryException(Path dataDirectory, String found, String bundled) {
        super("The embedded database directory " + dataDirectory + " was created by PostgreSQL " + found
                + "; this release runs PostgreSQL " + bundled + ", which cannot open it. Migrate it with pg_dump "
                + "(PostgreSQL " + found + ") then pg_restore (PostgreSQL " + bundled + "): see docs/database-roles.md, "
                + "\"Upgrading the embedded PostgreSQL\".");
        this.dataDirectory = dataDirectory;
        this.found = found;
        this.bundled = bundled;
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    String found() {
        return found;
    }

    String bundled() {
        return bundled;
    }
}
