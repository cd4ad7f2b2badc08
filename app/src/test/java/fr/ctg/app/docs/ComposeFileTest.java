package fr.ctg.app.docs;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a compose deployment must keep (no Docker engine runs here to start it): the all-in-one app with its data on
 * a volume, no password written in the file, a stop grace period everywhere, and images that never run as root.
 */
class ComposeFileTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheAllInOneAppWithoutInlineCredentialsAndWithGracePeriods() throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(REPOSITORY.resolve("docker-compose.yml")));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");

        Map<String, Object> app = services.get("app");
        assertThat(app).as("the all-in-one app").isNotNull().containsEntry("build", "./app");
        assertThat((List<String>) app.get("volumes")).contains("ctg-data:/data");
        assertThat(services.get("command-side")).containsEntry("profiles", List.of("split"));

        for (Map.Entry<String, Map<String, Object>> service : services.entrySet()) {
            assertThat(service.getValue()).as("%s's stop_grace_period", service.getKey()).containsKey("stop_grace_period");
            Map<String, Object> environment = (Map<String, Object>) service.getValue().getOrDefault("environment", Map.of());
            environment.forEach((name, value) -> {
                if (name.contains("PASSWORD")) {
                    assertThat(String.valueOf(value)).as("%s of %s comes from .env", name, service.getKey())
                            .startsWith("${").contains(":?");
                }
            });
        }
        assertThat(REPOSITORY.resolve(".env.example")).exists();
        assertThat(Files.readAllLines(REPOSITORY.resolve(".gitignore"))).contains(".env");
    }

    @Test
    void everyImageRunsAsAUserOfItsOwn() throws Exception {
        for (String module : List.of("app", "command-side", "query-side")) {
            List<String> users = Files.readAllLines(REPOSITORY.resolve(module).resolve("Dockerfile")).stream()
                    .filter(line -> line.startsWith("USER ")).toList();
            assertThat(users).as("%s/Dockerfile's USER", module).hasSize(1);
            assertThat(users.get(0)).doesNotContain("root").doesNotMatch("USER 0(:.*)?");
        }
    }
}
