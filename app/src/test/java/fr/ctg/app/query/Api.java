package fr.ctg.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared test client, aimed at the command and query APIs, which may live in two processes. */
final class Api {

    private final TestClient commands;
    private final TestClient queries;
    private long lastPosition;

    private final ApplicationContext accounts;

    /** Signs in as the test accounts of {@code accounts}: an administrator defines, a coordinator acts, a reader reads. */
    Api(ApplicationContext accounts, int commandPort, int queryPort) {
        this.accounts = accounts;
        this.commands = TestClient.on(commandPort);
        this.queries = TestClient.on(queryPort).as(TestAccounts.READER);
        TestAccounts.createAll(accounts);
    }

    /** The built-in sample under another id, so that each test has a convention of its own. */
    static String sampleAs(String conventionId) {
        return fr.ctg.platform.testing.SampleConvention.as(conventionId);
    }

    /** Posts a command that must succeed; remembers and answers the global position of its last event. */
    long command(String path, String body) {
        boolean definition = path.equals("/api/v1/conventions");
        if (definition) {
            TestAccounts.assign(accounts, read(body).path("conventionId").asText(), TestAccounts.COORDINATOR);
        }
        TestClient.Answer response = commands.as(definition ? TestAccounts.ADMIN : TestAccounts.COORDINATOR)
                .post(path, body);
        assertThat(response.status()).as("POST %s %s -> %s", path, body, response.body()).isBetween(200, 201);
        lastPosition = read(response.body()).path("position").asLong();
        assertThat(lastPosition).isPositive();
        return lastPosition;
    }

    long lastPosition() {
        return lastPosition;
    }

    TestClient.Answer get(String path) {
        return queries.get(path);
    }

    /** Reads a view that must answer, having processed at least the last command's events. */
    JsonNode view(String path) {
        TestClient.Answer response = get(TestClient.atLeast(path, lastPosition));
        assertThat(response.status()).as("GET %s -> %s", path, response.body()).isEqualTo(200);
        assertThat(response.header("ETag")).as("ETag of %s", path).isPresent();
        return read(response.body());
    }

    static JsonNode read(String body) {
        return TestClient.read(body);
    }
}
