package fr.ctg.command.security;

import fr.ctg.command.CommandSideApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A first start creates one administrator whose password is in an owner-only file, never in the log. */
@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class InitialAdministratorTest {

    @Test
    void aFirstStartCreatesAnAdministratorWithARandomPasswordInAnOwnerOnlyFile(CapturedOutput output) throws Exception {
        String dir = Path.of("target", "first-start-" + UUID.randomUUID()).toString();
        Path file = Path.of(dir + "-admin-password");
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CommandSideApplication.class)
                .run("--ctg.embedded.data-dir=" + dir, "--ctg.embedded.port=0", "--server.port=0",
                        "--ctg.security.initial-admin-file=" + file)) {
            String password = Files.readString(file).trim();

            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(output.getAll()).contains(file.toAbsolutePath().normalize().toString()).doesNotContain(password);

            TestRestTemplate http = new TestRestTemplate().withBasicAuth("admin", password);
            String base = "http://localhost:" + service.getEnvironment().getProperty("local.server.port");
            assertThat(http.getForEntity(base + "/api/v1/admin/conventions/ctg-x/coordinators", String.class)
                    .getStatusCode().value()).isEqualTo(200);
            assertThat(new TestRestTemplate().withBasicAuth("admin", password + "x")
                    .getForEntity(base + "/api/v1/admin/conventions/ctg-x/coordinators", String.class)
                    .getStatusCode().value()).isEqualTo(401);
        }
    }
}
