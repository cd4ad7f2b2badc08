package fr.ctg.app.audit;

import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.Maintenance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code java -jar app/target/ctg-app.jar --ctg.audit.verify}: the verdict on the store, and the process's status. */
@Tag("slow")
@ExtendWith(OutputCaptureExtension.class)
class VerifyCommandLineTest {

    @Test
    void theCommandLinePrintsTheVerdictAndExitsWithIt(CapturedOutput output) throws Exception {
        String dir = Path.of("target", "verify-cli-" + UUID.randomUUID()).toString();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CtgApplication.class)
                .run(args(dir, "--server.port=0"))) {
            TestAccounts.createAll(service);
            String sample = new ClassPathResource("sample/ctg-pays-du-gier.json").getContentAsString(StandardCharsets.UTF_8);
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            int status = new TestRestTemplate().withBasicAuth(TestAccounts.ADMIN, TestAccounts.PASSWORD).exchange(
                    "http://localhost:" + service.getEnvironment().getProperty("local.server.port") + "/api/v1/conventions",
                    HttpMethod.POST, new HttpEntity<>(sample, headers), String.class).getStatusCode().value();
            assertThat(status).isEqualTo(201);
        }

        assertThat(verify(dir)).isZero();
        assertThat(output.getOut()).contains("intact").contains("HEAD convention=ctg-pays-du-gier-2023");

        try (ConfigurableApplicationContext store = new SpringApplicationBuilder(CtgApplication.class)
                .run(args(dir, "--spring.main.web-application-type=none"))) {
            // The service's role cannot change an event; the maintenance role can (docs/database-roles.md).
            Maintenance.jdbc(store).update(
                    "UPDATE domain_event_entry SET payload = jsonb_set(payload, '{caf}', '\"Caf du Rhône\"')");
        }
        assertThat(verify(dir)).isEqualTo(1);
        assertThat(output.getOut()).contains("hash-mismatch");
    }

    private static int verify(String dir) {
        ConfigurableApplicationContext run = new SpringApplicationBuilder(CtgApplication.class)
                .run(args(dir, "--ctg.audit.verify", "--ctg.audit.verify-exits=false"));
        return SpringApplication.exit(run);
    }

    private static String[] args(String dir, String... more) {
        String[] base = {"--ctg.embedded.data-dir=" + dir, "--ctg.embedded.port=0",
                "--ctg.security.initial-admin-file=" + dir + "-admin-password"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
