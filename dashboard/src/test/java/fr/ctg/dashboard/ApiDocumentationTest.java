package fr.ctg.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes every API endpoint the application maps, with its problem responses. */
@Tag("slow")
@SpringBootTest(classes = DashboardTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDocumentationTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsInTheOpenApiDocumentWithItsProblemResponses() {
        Api api = new Api(context, port);
        TestClient.Answer response = api.get("/v3/api-docs", TestAccounts.READER);
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = Api.read(response.body()).path("paths");

        List<String> endpoints = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    String endpoint = method + " " + pattern;
                    endpoints.add(endpoint);
                    JsonNode operation = paths.path(pattern).path(method.name().toLowerCase());
                    if (operation.isMissingNode()) {
                        missing.add(endpoint);
                        continue;
                    }
                    JsonNode unauthorized = operation.path("responses").path("401").path("content")
                            .path("application/problem+json");
                    if (!unauthorized.path("schema").path("$ref").asText().endsWith("/ProblemDetail")
                            || unauthorized.path("example").path("rule").isMissingNode()) {
                        missing.add(endpoint + " (its 401 problem response)");
                    }
                }
            }
        }
        assertThat(endpoints).as("API endpoints found").hasSizeGreaterThan(15)
                .contains("POST /api/v1/conventions/{conventionId}/communes/{inseeCode}/votes",
                        "GET /api/v1/conventions/{conventionId}/perimeters");
        assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
    }

    @Test
    void theDocumentationIsForSignedInUsersOnly() {
        Api api = new Api(context, port);
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(401);
        assertThat(api.get("/swagger-ui/index.html", TestAccounts.READER).status()).isEqualTo(200);
    }
}
