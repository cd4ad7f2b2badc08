package fr.ctg.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import fr.ctg.platform.testing.TestClient;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared test client, aimed at the service's HTTP API and signed in as the test accounts. */
final class Api {

    private final TestClient http;
    private final ApplicationContext context;
    private long lastPosition;

    Api(ApplicationContext context, int port) {
        this.context = context;
        this.http = TestClient.on(port);
        TestAccounts.createAll(context);
    }

    String base() {
        return http.base();
    }

    /** Defines the built-in sample under another id and assigns the test coordinator to it. */
    String defineSample(String conventionId) {
        TestAccounts.assign(context, conventionId, TestAccounts.COORDINATOR);
        post("/api/v1/conventions", SampleConvention.as(conventionId), TestAccounts.ADMIN);
        return conventionId;
    }

    /**
     * Once per test context: the sample under {@code conventionId}, presented to Rive-de-Gier's council on
     * 06/09/2023 and adopted there the same day (28 present, 25 for, DEL_2023_064). Answers whether it was defined now.
     */
    boolean sampleWithRiveDeGierVote(String conventionId) {
        if (get("/api/v1/conventions/" + conventionId, TestAccounts.READER).status() != 404) {
            return false;
        }
        defineSample(conventionId);
        String commune = "/api/v1/conventions/" + conventionId + "/communes/42186";
        command(commune + "/presentation", "{\"sessionDate\":\"2023-09-06\"}");
        command(commune + "/votes", """
                {"sessionDate":"2023-09-06","present":28,"votesFor":25,"votesAgainst":2,"abstentions":1,
                 "notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_2023_064",
                 "actesId":"042-214201865-20230906-DEL_2023_064-DE"}""");
        return true;
    }

    /**
     * The sample under {@code conventionId}, once: Rive-de-Gier's deliberation executory, Saint-Chamond presented, the
     * first action in progress. A convention already defined is left as it is.
     */
    void sampleWithRiveDeGierExecutory(String conventionId) {
        if (!sampleWithRiveDeGierVote(conventionId)) {
            return;
        }
        String commune = "/api/v1/conventions/" + conventionId + "/communes/42186";
        command(commune + "/transmission",
                "{\"sentOn\":\"2023-09-13\",\"receivedOn\":\"2023-09-13\",\"actesId\":\"042-214201865-20230906-DEL_2023_064-DE\"}");
        command(commune + "/publication", """
                {"publishedOn":"2023-09-14","url":"https://www.ville-rive-de-gier.fr/deliberations/DEL_2023_064.pdf"}""");
        command("/api/v1/conventions/" + conventionId + "/communes/42207/presentation", "{\"sessionDate\":\"2023-10-02\"}");
        command("/api/v1/conventions/" + conventionId + "/actions/pe-01/status",
                "{\"status\":\"IN_PROGRESS\",\"on\":\"2023-05-01\",\"note\":\"Lancement\"}");
    }

    /** A command of the test coordinator that must succeed. */
    long command(String path, String body) {
        TestClient.Answer response = send(path, body, TestAccounts.COORDINATOR);
        assertThat(response.status()).as("POST %s -> %s", path, response.body()).isBetween(200, 201);
        lastPosition = read(response.body()).path("position").asLong();
        return lastPosition;
    }

    /** A command that may be refused; answers the response. */
    TestClient.Answer send(String path, String body, String user) {
        return http.as(user).post(path, body);
    }

    private void post(String path, String body, String user) {
        TestClient.Answer response = send(path, body, user);
        assertThat(response.status()).as("POST %s -> %s", path, response.body()).isBetween(200, 201);
        lastPosition = read(response.body()).path("position").asLong();
    }

    long lastPosition() {
        return lastPosition;
    }

    /** A view read as the dashboard reader, once it has handled the last command. */
    JsonNode view(String path) {
        TestClient.Answer response = get(TestClient.atLeast(path, lastPosition), TestAccounts.READER);
        assertThat(response.status()).as("GET %s -> %s", path, response.body()).isEqualTo(200);
        return read(response.body());
    }

    /** The commune's row of the query API, once it has handled the last command sent through the API. */
    JsonNode commune(String conventionId, String insee) {
        for (JsonNode commune : view("/api/v1/conventions/" + conventionId + "/communes?size=500").path("items")) {
            if (commune.path("inseeCode").asText().equals(insee)) {
                return commune;
            }
        }
        throw new AssertionError("no commune " + insee);
    }

    /** A GET as {@code user}; null sends no credentials. */
    TestClient.Answer get(String path, String user) {
        return http.as(user).get(path);
    }

    static JsonNode read(String body) {
        return TestClient.read(body);
    }
}
