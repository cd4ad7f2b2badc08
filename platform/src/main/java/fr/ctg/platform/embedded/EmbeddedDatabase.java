package fr.ctg.platform.embedded;

import java.nio.file.Path;

/**
 * Where the embedded default's PostgreSQL listens and where its generated passwords are (a libpq password file:
 * {@code PGPASSFILE=passwordFile psql -h localhost -p port -U role postgres}). A bean only when the service runs
 * its own PostgreSQL.
 */
public record EmbeddedDatabase(int port, Path passwordFile) {

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }
}
