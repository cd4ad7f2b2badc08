package fr.ctg.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.app.CtgApplication;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator records a step and reloads at once with the position the command returned: every view shows it,
 * with no retry in between. A position the service never wrote answers 503 with Retry-After, not stale data.
 */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadYourWritesTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext context;

    private static final String ID = "ctg-gier-ryw";
    private static final String BASE = "/api/v1/conventions/" + ID;

    @LocalServerPort
    int port;

    @Test
    void aQueryWithTheReturnedPositionSeesTheCommandsEffect() {
        Api api = new Api(context, port, port);
        SampleRoute route = new SampleRoute(api, ID);
        api.command("/api/v1/conventions", Api.sampleAs(ID));
        for (int round = 0; round < 5; round++) {
            String insee = SampleRoute.SIRENS.keySet().stream().skip(round).findFirst().orElseThrow();
            route.present(insee, "2023-09-04");
            JsonNode presented = api.view(BASE + "/communes?stage=PRESENTED");
            assertThat(presented.path("totalItems").asInt()).isEqualTo(round + 1);
            assertThat(api.view(BASE + "/perimeters").path("perimeters").get(0).path("totals").path("stages")
                    .path("NOT_PRESENTED").asInt()).isEqualTo(Math.max(0, 3 - round - 1));
            assertThat(api.view(BASE).path("route").path("stages").path("PRESENTED").asInt()).isEqualTo(round + 1);
        }
        route.status("pe-01", "IN_PROGRESS", "2023-11-01", null);
        assertThat(api.view(BASE + "/action-progress?status=IN_PROGRESS").path("totalItems").asInt()).isEqualTo(1);
    }

    /** No command answered that position: waiting the whole bound for it held a thread 5 s, then answered 503. */
    @Test
    void aPositionBeyondTheStoresHeadIsRefusedAtOnce() {
        Api api = new Api(context, port, port);
        long position = api.command("/api/v1/conventions", Api.sampleAs(ID + "-late"));

        TestClient.Answer response = api.get(BASE + "-late/communes?minPosition=" + (position + 1_000_000));

        assertThat(response.status()).isEqualTo(400);
        assertThat(Api.read(response.body()).path("rule").asText()).isEqualTo("position-beyond-head");
        assertThat(api.get(BASE + "-late/communes?minPosition=" + position).status()).isEqualTo(200);
    }
}
