package fr.ctg.app.backup;

import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Sauvegarde et restauration", as an operator runs it: {@code scripts/backup.sh} of a running
 * service's database, {@code scripts/restore.sh} into an empty database, then {@code --ctg.audit.verify} on the
 * restored one says intact, with the same chain heads as the original.
 */
@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class BackupRestoreTest {

    private static final String OWNER_PASSWORD = "owner-secret-for-the-test";
    private static final String APP_PASSWORD = "app-secret-for-the-test";
    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern HEAD = Pattern.compile("HEAD convention=ctg-backup .*");

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseVerifiesIntactWithTheSameHeads(CapturedOutput output) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "backup-" + UUID.randomUUID()).toAbsolutePath());
        try (LocalCluster cluster = LocalCluster.start()) {
            cluster.psql("postgres", "-c", "CREATE DATABASE ctg");
            cluster.psql("ctg", "-v", "owner_password=" + OWNER_PASSWORD, "-v", "app_password=" + APP_PASSWORD,
                    "-f", REPOSITORY.resolve("docs/database-roles.sql").toString());
            try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CtgApplication.class)
                    .run(service(cluster, "ctg", dir, "--server.port=0"))) {
                TestAccounts.createAll(service);
                TestClient admin = TestClient.on(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")))
                        .as(TestAccounts.ADMIN);
                assertThat(admin.post("/api/v1/conventions", SampleConvention.as("ctg-backup")).status()).isEqualTo(201);
            }

            String backupFile = dir.resolve("backups/ctg.dump").toString();
            LocalCluster.Result backup = cluster.exec(cluster.libpq("ctg"),
                    REPOSITORY.resolve("scripts/backup.sh").toString(), backupFile);
            assertThat(backup.status()).as(backup.output()).isZero();
            assertThat(Path.of(backupFile + ".sha256")).exists();

            cluster.psql("postgres", "-c", "CREATE DATABASE ctg_restored");
            LocalCluster.Result restore = cluster.exec(cluster.libpq("postgres"),
                    REPOSITORY.resolve("scripts/restore.sh").toString(), backupFile, "ctg_restored");
            assertThat(restore.status()).as(restore.output()).isZero();
            assertThat(restore.output()).contains("into ctg_restored, 1 events");

            String originalHeads = heads(verify(cluster, "ctg", dir, output));
            String restoredHeads = heads(verify(cluster, "ctg_restored", dir, output));
            assertThat(restoredHeads).isEqualTo(originalHeads).startsWith("HEAD convention=ctg-backup sequence=0");

            // Never over a store that has tables: the second restore into the same database is refused, whole.
            LocalCluster.Result again = cluster.exec(cluster.libpq("postgres"),
                    REPOSITORY.resolve("scripts/restore.sh").toString(), backupFile, "ctg_restored");
            assertThat(again.status()).isEqualTo(1);
            assertThat(again.output()).contains("is not empty");
        }
    }

    /** {@code --ctg.audit.verify} on one database, as the service role: exit status 0, and the report's text. */
    private static String verify(LocalCluster cluster, String database, Path dir, CapturedOutput output) {
        int before = output.getOut().length();
        ConfigurableApplicationContext run = new SpringApplicationBuilder(CtgApplication.class)
                .run(service(cluster, database, dir, "--ctg.audit.verify", "--ctg.audit.verify-exits=false",
                        "--spring.main.web-application-type=none"));
        assertThat(SpringApplication.exit(run)).as("verify of %s", database).isZero();
        String report = output.getOut().substring(before);
        assertThat(report).contains("intact");
        return report;
    }

    private static String heads(String report) {
        Matcher matcher = HEAD.matcher(report);
        assertThat(matcher.find()).as("a chain head in %s", report).isTrue();
        return matcher.group();
    }

    /** The service on an external PostgreSQL, as the README's production section runs it. */
    private static String[] service(LocalCluster cluster, String database, Path dir, String... more) {
        Map<String, String> properties = new HashMap<>(Map.of(
                "spring.datasource.url", cluster.jdbcUrl(database),
                "spring.datasource.username", "ctg_app",
                "spring.datasource.password", APP_PASSWORD,
                "spring.flyway.user", "ctg_owner",
                "spring.flyway.password", OWNER_PASSWORD,
                "ctg.security.initial-admin-file", dir.resolve("admin-password").toString()));
        String[] arguments = new String[properties.size() + more.length];
        int i = 0;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            arguments[i++] = "--" + property.getKey() + "=" + property.getValue();
        }
        System.arraycopy(more, 0, arguments, i, more.length);
        return arguments;
    }
}
