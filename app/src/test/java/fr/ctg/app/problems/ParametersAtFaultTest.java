package fr.ctg.app.problems;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** A 400 for query parameters names each one at fault, as one for a body names each field. */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParametersAtFaultTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void twoParametersOutOfBoundsAreTwoErrors() {
        TestAccounts.createAll(context);
        TestClient.Answer refused = TestClient.on(port).as(TestAccounts.AUDITOR)
                .get("/api/v1/audit/accounts/log?page=-1&size=0");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("rule").asText()).isEqualTo("malformed-request");
        assertThat(fields(refused.json())).containsExactly("page", "size");
    }

    @Test
    void aParameterThatDoesNotParseIsNamed() {
        TestAccounts.createAll(context);
        TestClient.Answer refused = TestClient.on(port).as(TestAccounts.READER).get("/api/v1/conventions?page=first");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactly("page");
    }

    private static List<String> fields(JsonNode problem) {
        return StreamSupport.stream(problem.path("errors").spliterator(), false)
                .map(error -> error.path("field").asText()).toList();
    }
}
