package fr.ctg.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** A 400 names every field at fault, whether a value does not parse or breaks a constraint: two bad fields, two errors. */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FieldsAtFaultTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    ApplicationContext context;

    CommandApiClient api;
    String base;

    @BeforeEach
    void defineTheSample() {
        base = "/api/v1/conventions/" + CommandApiClient.defineFreshSample(http, context);
        api = new CommandApiClient(http, TestAccounts.COORDINATOR);
    }

    @Test
    void twoDatesThatDoNotParseAreTwoErrors() {
        CommandApiClient.Answer refused = api.post(base + "/communes/42186/transmission",
                "{\"sentOn\":\"2023-02-30\",\"receivedOn\":\"13/09/2023\",\"actesId\":\"x\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("rule").asText()).isEqualTo("malformed-request");
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("sentOn", "receivedOn");
    }

    @Test
    void aBadNumberAndABadDateInAVoteAreTwoErrors() {
        api.post(base + "/communes/42186/presentation", "{\"sessionDate\":\"2023-09-06\"}");

        CommandApiClient.Answer refused = api.post(base + "/communes/42186/votes",
                CommandApiClient.vote("2023-09-31", "DEL_2023_064", null).replace("\"present\":28", "\"present\":\"many\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("sessionDate", "present");
        assertThat(refused.body().path("detail").asText()).contains("2 invalid field(s)");
    }

    @Test
    void aValueThatDoesNotParseAndAMissingFieldAreBothNamed() {
        CommandApiClient.Answer refused = api.post(base + "/communes/42186/votes", CommandApiClient
                .vote("2023-09-06", "DEL_2023_064", null).replace("\"ballot\":\"PUBLIC\"", "\"ballot\":\"SHOW_OF_HANDS\"")
                .replace("\"deliberationNumber\":\"DEL_2023_064\"", "\"actesId\":\"x\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("ballot", "deliberationNumber");
    }

    @Test
    void aBadDateBeforeAnObjectWhereANumberBelongsAreBothNamed() {
        CommandApiClient.Answer refused = api.post(base + "/communes/42186/votes", CommandApiClient
                .vote("2023-13-01", "DEL_2023_064", null).replace("\"votesFor\":25", "\"votesFor\":{\"many\":true}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("sessionDate", "votesFor");
    }

    @Test
    void twoConstraintsBrokenAreTwoErrors() {
        CommandApiClient.Answer refused = api.post(base + "/communes/42186/votes", CommandApiClient
                .vote("2023-09-06", "DEL_2023_064", null).replace("\"present\":28", "\"present\":500")
                .replace("\"votesAgainst\":2", "\"votesAgainst\":-1"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("rule").asText()).isEqualTo("invalid-input");
        assertThat(fields(refused.body())).containsExactlyInAnyOrder("present", "votesAgainst");
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(error -> error.path("field").asText()).toList();
    }
}
