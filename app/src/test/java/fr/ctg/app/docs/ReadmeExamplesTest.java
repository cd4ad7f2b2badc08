package fr.ctg.app.docs;

import fr.ctg.app.CtgApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell examples of the README, then of the docs that build on it, run as a reader copies them, in their order,
 * against a fresh service on its embedded default: every {@code curl} answers 2xx, except the refusals the text
 * shows as such (a comment line {@code # 409 ...} after the call), and the shell reports no error.
 */
@Tag("slow")
class ReadmeExamplesTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    /** In the order a reader follows them: each of the docs uses the README's accounts and walk. */
    private static final List<String> FILES = List.of("README.md", "docs/auditors.md", "docs/sample-convention.md",
            "docs/query-side.md");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```bash\\n(.*?)^```");
    private static final Pattern DOCUMENTED_REFUSAL = Pattern.compile("(?m)^# (4\\d\\d) ");
    private static final Pattern STATUS = Pattern.compile("(?m)^@@status (\\d{3}) (\\S+)$");

    /**
     * Each call writes its status to standard error, out of the way of pipes and command substitutions; a call that
     * asks for its own {@code -w} (to read a header) keeps it, and is checked by the calls that use what it read.
     */
    private static final String PRELUDE = """
            curl() {
              case " $* " in
                *" -w "*) command curl "$@" ;;
                *) command curl -w '%{stderr}@@status %{http_code} %{url_effective}\\n' "$@" ;;
              esac
            }
            """;

    @Test
    void everyCurlExampleOfTheReadmeAndTheDocsWorksWhenCopied() throws Exception {
        List<String> blocks = new ArrayList<>();
        for (String file : FILES) {
            List<String> ofFile = curlBlocks(Files.readString(REPOSITORY.resolve(file)));
            assertThat(ofFile).as("examples in %s", file).isNotEmpty();
            blocks.addAll(ofFile);
        }
        Path dir = Files.createDirectories(Path.of("target", "readme-" + UUID.randomUUID()).toAbsolutePath());
        // The reader's working directory: the repository's files the examples send, and the service's data.
        Files.createSymbolicLink(dir.resolve("command-side"), REPOSITORY.resolve("command-side"));
        Path data = Files.createDirectories(dir.resolve("data"));

        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CtgApplication.class).run(
                "--server.port=0", "--ctg.embedded.port=0",
                "--ctg.embedded.data-dir=" + data.resolve("postgres"),
                "--ctg.security.initial-admin-file=" + data.resolve("admin-password"))) {
            String port = service.getEnvironment().getProperty("local.server.port");
            String script = PRELUDE + String.join("\n", blocks).replace("localhost:8080", "localhost:" + port);
            Files.writeString(dir.resolve("readme.sh"), script);

            Process bash = new ProcessBuilder("bash", "readme.sh").directory(dir.toFile())
                    .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile())
                    .start();
            assertThat(bash.waitFor(5, TimeUnit.MINUTES)).as("the README's examples end").isTrue();
            String stderr = Files.readString(dir.resolve("stderr"));

            List<String> refused = new ArrayList<>();
            int calls = 0;
            Matcher status = STATUS.matcher(stderr);
            while (status.find()) {
                calls++;
                if (!status.group(1).startsWith("2")) {
                    refused.add(status.group(1) + " " + status.group(2));
                }
            }
            assertThat(calls).as("calls made, in %s", stderr).isGreaterThan(40);
            assertThat(refused.stream().map(call -> call.substring(0, 3)))
                    .as("refused calls %s (stdout in %s)", refused, dir)
                    .containsExactlyElementsOf(documentedRefusals(blocks));
            assertThat(stderr.replaceAll(STATUS.pattern(), "").strip()).as("the shell's own errors").isEmpty();
        }
    }

    /** The bash blocks that talk to the service; the build and start commands are the README's other tests. */
    static List<String> curlBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        Matcher block = BLOCK.matcher(markdown);
        while (block.find()) {
            if (block.group(1).contains("curl ")) {
                blocks.add(block.group(1));
            }
        }
        return blocks;
    }

    private static List<String> documentedRefusals(List<String> blocks) {
        List<String> statuses = new ArrayList<>();
        Matcher refusal = DOCUMENTED_REFUSAL.matcher(String.join("\n", blocks));
        while (refusal.find()) {
            statuses.add(refusal.group(1));
        }
        return statuses;
    }
}
