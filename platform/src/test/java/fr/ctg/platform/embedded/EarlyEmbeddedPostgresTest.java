package fr.ctg.platform.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mock.env.MockEnvironment;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL starts on a thread of its own as soon as the bean definitions are known: whoever waits for
 * it gets the start's own failure (so that the start-up report still explains a refused directory), and a server
 * that no bean took over (the context failed first) is stopped with the context.
 */
class EarlyEmbeddedPostgresTest {

    @TempDir
    Path directory;

    @Test
    void aRefusedDataDirectoryFailsTheWaitWithTheStartsOwnException() throws Exception {
        Path data = Files.createDirectories(directory.resolve("postgres"));
        Files.writeString(data.resolve("PG_VERSION"), "14\n");
        EarlyEmbeddedPostgres early = started(data);

        assertThatThrownBy(early::await).isInstanceOf(OldDataDirectoryException.class)
                .hasMessageContaining("PostgreSQL 14");
        early.destroy();
    }

    @Test
    void aServerNoBeanTookOverIsStoppedWithTheContext() throws Exception {
        Path data = directory.resolve("postgres");
        EarlyEmbeddedPostgres early = started(data);
        assertThat(early.passwords().path()).isEqualTo(directory.resolve("database-passwords").toAbsolutePath());

        early.destroy();

        assertThat(data.resolve("PG_VERSION")).exists();
        assertThat(OrphanPostmaster.running(data)).isEmpty();
    }

    private EarlyEmbeddedPostgres started(Path data) {
        EarlyEmbeddedPostgres early = new EarlyEmbeddedPostgres();
        early.setEnvironment(new MockEnvironment()
                .withProperty("ctg.database.owner-role", "ctg_owner")
                .withProperty("ctg.database.service-role", "ctg_app")
                .withProperty("ctg.database.maintenance-role", "ctg_maintenance")
                .withProperty("ctg.embedded.data-dir", data.toString())
                .withProperty("ctg.embedded.port", "0")
                .withProperty("ctg.embedded.durable", "false")
                .withProperty("ctg.security.initial-admin-file", directory.resolve("admin-password").toString()));
        early.postProcessBeanFactory(new DefaultListableBeanFactory());
        return early;
    }
}
