package fr.ctg.platform.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.ctg.platform.embedded.TestCluster.ROLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A data directory of the former PostgreSQL 14 embedded default is refused with the way to migrate it. */
class OldDataDirectoryTest {

    @TempDir
    Path directory;

    @Test
    void aPostgreSql14DataDirectoryIsRefusedWithHowToMigrateIt() throws IOException {
        Path data = Files.createDirectories(directory.resolve("postgres"));
        Files.writeString(data.resolve("PG_VERSION"), "14\n");
        PasswordFile passwords = PasswordFile.load(directory.resolve("database-passwords"), ROLES.logins());

        OldDataDirectoryException refused = catchThrowableOfType(OldDataDirectoryException.class,
                () -> EmbeddedPostgresConfiguration.start(data, 0, false, ROLES, passwords));

        assertThat(refused.getMessage()).contains(data.toString()).contains("PostgreSQL 14").contains("PostgreSQL 17")
                .contains("pg_dump").contains("pg_restore");
        assertThat(data).isDirectoryNotContaining("glob:**/postgresql.conf");
        FailureAnalysis report = new OldDataDirectoryFailureAnalyzer().analyze(new IllegalStateException(refused));
        assertThat(report.getDescription()).isEqualTo(refused.getMessage());
        assertThat(report.getAction()).contains("pg_dump -Fc").contains("pg_restore").contains(data + "-14");
    }
}
