package fr.ctg.command.api;

import fr.ctg.command.CommandSideApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import fr.ctg.platform.security.TestAccounts;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data directory, and acknowledges a commit only once it is on disk: what was written
 * before a restart is there after it.
 */
@Tag("slow")
class RestartTest {

    @Test
    void eventsSurviveARestartOfTheService() {
        String dataDir = Path.of("target", "restart-" + UUID.randomUUID()).toString();

        try (ConfigurableApplicationContext first = start(dataDir)) {
            JdbcTemplate database = first.getBean(JdbcTemplate.class);
            assertThat(database.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(database.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
            TestAccounts.createAll(first);
            TestAccounts.assign(first, "ctg-restart", TestAccounts.COORDINATOR);
            CommandApiClient admin = client(first, TestAccounts.ADMIN);
            assertThat(admin.post("/api/v1/conventions", admin.sampleAs("ctg-restart")).status()).isEqualTo(201);
            assertThat(client(first, TestAccounts.COORDINATOR).post("/api/v1/conventions/ctg-restart/communes/42186/presentation",
                    "{\"sessionDate\":\"2023-09-06\"}").status()).isEqualTo(200);
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(second.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = 'ctg-restart'", Long.class))
                    .isEqualTo(2);
            CommandApiClient.Answer vote = client(second, TestAccounts.COORDINATOR).post("/api/v1/conventions/ctg-restart/communes/42186/votes",
                    CommandApiClient.vote("2023-09-06", "DEL_2023_064", "042-214201865-20230906-DEL_2023_064-DE"));
            assertThat(vote.status()).isEqualTo(200);
            assertThat(vote.body().get("version").asLong()).isEqualTo(2);
        }
    }

    private static ConfigurableApplicationContext start(String dataDir) {
        // Command-line arguments outrank the tests' random data directory.
        return new SpringApplicationBuilder(CommandSideApplication.class)
                .run("--ctg.embedded.data-dir=" + dataDir, "--ctg.embedded.port=0", "--server.port=0",
                        "--ctg.embedded.durable=true",
                        "--ctg.security.initial-admin-file=" + dataDir + "-admin-password");
    }

    private static CommandApiClient client(ConfigurableApplicationContext context, String username) {
        String port = context.getEnvironment().getProperty("local.server.port");
        return new CommandApiClient("http://localhost:" + port, username);
    }
}
