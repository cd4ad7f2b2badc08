package fr.ctg.app.apidocs;

import fr.ctg.app.CtgApplication;

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
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
        TestAccounts.createAll(context);
        TestClient api = TestClient.on(port);
        TestClient.Answer response = api.as(TestAccounts.READER).get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode paths = TestClient.read(response.body()).path("paths");

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
                .contains("POST /api/v1/conventions/{conventionId}/communes/{council}/votes",
                        "POST /api/v1/conventions/{conventionId}/epci/{council}/votes",
                        "GET /api/v1/conventions/{conventionId}/perimeters");
        assertThat(missing).as("endpoints missing from /v3/api-docs").isEmpty();
    }

    @Test
    void theDocumentationIsForSignedInUsersOnly() {
        TestAccounts.createAll(context);
        TestClient api = TestClient.on(port);
        assertThat(api.as(null).get("/v3/api-docs").status()).isEqualTo(401);
        assertThat(api.as(TestAccounts.READER).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
