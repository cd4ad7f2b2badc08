package fr.ctg.app.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI document, read by a maintained parser (swagger-parser) the way a client generator or a linter
 * reads it: every reference resolves, every operation says what it does, every request body shows an example,
 * every field is described, and the headers and media types a client needs are there.
 */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiDocumentAcceptanceTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    /** Views that answer a conditional GET (ViewResponses). */
    private static final List<String> CONDITIONAL_VIEWS = List.of("GET /api/v1/conventions/{conventionId}",
            "GET /api/v1/conventions/{conventionId}/communes", "GET /api/v1/conventions/{conventionId}/action-progress",
            "GET /api/v1/conventions/{conventionId}/plan");

    private String json;
    private OpenAPI api;

    @BeforeEach
    void readTheServedDocument() throws IOException {
        TestAccounts.createAll(context);
        TestClient.Answer answer = TestClient.on(port).as(TestAccounts.READER).get("/v3/api-docs");
        assertThat(answer.status()).isEqualTo(200);
        json = answer.body();
        // Kept for whoever wants to run a linter on it.
        Files.writeString(Path.of("target", "openapi.json"), json);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIParser().readContents(json, null, options);
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        api = result.getOpenAPI();
        assertThat(api).isNotNull();
        assertThat(api.getPaths()).hasSizeGreaterThan(30);
    }

    @Test
    void everyReferenceResolves() {
        JsonNode document = TestClient.read(json);
        List<String> unresolved = new ArrayList<>();
        document.findValues("$ref").forEach(ref -> {
            String pointer = ref.asText();
            if (!pointer.startsWith("#/") || document.at(pointer.substring(1)).isMissingNode()) {
                unresolved.add(pointer);
            }
        });
        assertThat(unresolved).as("unresolved references").isEmpty();
        assertThat(api.getComponents().getSchemas()).containsKey("ProblemDetail");
        assertThat(api.getComponents().getSchemas().get("ProblemDetail").getProperties())
                .containsKeys("type", "title", "status", "detail", "instance", "rule", "errors");
    }

    @Test
    void everyOperationHasASummaryAndADescription() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (blank(operation.getSummary()) || blank(operation.getDescription())) {
                missing.add(name);
            }
        });
        assertThat(missing).as("operations without a summary or a description").isEmpty();
    }

    @Test
    void everyRequestBodyHasAnExample() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            if (operation.getRequestBody() == null) {
                return;
            }
            operation.getRequestBody().getContent().forEach((type, media) -> {
                if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                    missing.add(name + " " + type);
                }
            });
        });
        assertThat(missing).as("request bodies without an example").isEmpty();
    }

    @Test
    void everyFieldOfEverySchemaIsDescribed() {
        List<String> missing = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> undescribed(name, schema, missing));
        assertThat(missing).as("fields without a description").isEmpty();
    }

    @Test
    void theServerIsRelativeNotTheCallersAddress() {
        assertThat(api.getServers()).isNotEmpty();
        assertThat(api.getServers().get(0).getUrl()).isEqualTo("/").doesNotContain("localhost", "127.0.0.1");
    }

    @Test
    void successfulAnswersAreTypedAndCarryTheirHeaders() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((name, operation) -> {
            ApiResponse ok = operation.getResponses().get("200");
            if (ok != null && ok.getContent() != null && ok.getContent().containsKey("*/*")) {
                wrong.add(name + " answers */*");
            }
            if (CONDITIONAL_VIEWS.contains(name) && (ok == null || ok.getHeaders() == null
                    || !ok.getHeaders().containsKey("ETag") || !operation.getResponses().containsKey("304"))) {
                wrong.add(name + " does not document ETag and 304");
            }
            if (name.startsWith("POST /api/v1/conventions/")) {
                List<String> headers = operation.getParameters() == null ? List.of() : operation.getParameters().stream()
                        .filter(p -> "header".equals(p.getIn())).map(Parameter::getName).toList();
                if (!headers.containsAll(List.of("If-Match", "Idempotency-Key"))) {
                    wrong.add(name + " does not document If-Match and Idempotency-Key");
                }
                if (!retryAfter(operation.getResponses().get("409"))) {
                    wrong.add(name + " does not document Retry-After on 409");
                }
            }
            if (!retryAfter(operation.getResponses().get("429"))) {
                wrong.add(name + " does not document 429 with Retry-After");
            }
        });
        assertThat(wrong).isEmpty();
    }

    private static boolean retryAfter(ApiResponse response) {
        return response != null && response.getHeaders() != null && response.getHeaders().containsKey("Retry-After");
    }

    @SuppressWarnings("rawtypes")
    private static void undescribed(String where, Schema schema, List<String> missing) {
        if (schema == null) {
            return;
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties != null) {
            properties.forEach((field, property) -> {
                if (blank(property.getDescription()) && property.get$ref() == null) {
                    missing.add(where + "." + field);
                }
                undescribed(where + "." + field, property.getItems(), missing);
            });
        }
        undescribed(where + "[]", schema.getItems(), missing);
    }

    private void forEachOperation(BiConsumer<String, Operation> check) {
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> check.accept(method + " " + path, operation)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
