package fr.ctg.app.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI description is generated from the controllers by springdoc; this adds what the code does not say in
 * annotations: how to sign in, the problem details (RFC 9457) every endpoint may answer with an example of each, the
 * words of every operation and field ({@link ApiDescriptions}), the headers ({@link HeaderDocumentation}) and the
 * query parameters ({@link QueryParameterDocumentation}). See docs/api.md. Served at {@code /v3/api-docs} and {@code /swagger-ui.html} to any signed-in user.
 * <p>
 * It is not UI: it lives in the all-in-one app, which assembles every endpoint it documents (the dashboard's chain
 * still signs in whoever opens Swagger UI).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:fr/ctg/app/apidocs/springdoc.properties")
class ApiDocumentation {

    static final String PROBLEM = "ProblemDetail";
    private static final ApiDescriptions DESCRIPTIONS = ApiDescriptions.load();

    @Bean
    OpenAPI ctgOpenApi(@Value("${ctg.api-docs.server-url:/}") String serverUrl) {
        return new OpenAPI()
                // Not the caller's own address (springdoc's default): the document is the same wherever it is read.
                .servers(List.of(new Server().url(serverUrl).description("This service")))
                .info(new Info().title("CTG lifecycle service").version("v1").description(
                        "Commands (POST) change a Convention Territoriale Globale; views (GET) read its projections. "
                                + "Every refusal is an RFC 9457 problem detail whose `rule` names the rule broken."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local accounts (ctg.security.mode=local)."))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Tokens of the OpenID Connect provider (ctg.security.mode=oidc).")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /** One customizer, so that its steps run in this order: each one reads what the previous ones wrote. */
    @Bean
    OpenApiCustomizer ctgDocumentation() {
        OpenApiCustomizer fieldsAndExamples = DESCRIPTIONS.schemasAndExamples();
        return openApi -> {
            // Registered here, not on the OpenAPI bean: springdoc rebuilds the components' schemas from the code.
            openApi.getComponents().addSchemas(PROBLEM, ProblemSchema.schema());
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
                }
            });
            fieldsAndExamples.customise(openApi);
            QueryParameterDocumentation.document(openApi);
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(HeaderDocumentation::document));
        };
    }

    @Bean
    OperationCustomizer operationDescriptions() {
        return DESCRIPTIONS.operations();
    }

    @Bean
    OperationCustomizer conditionalViews() {
        return HeaderDocumentation.conditionalViews();
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        add(operation, "400", "Malformed input; `errors` names each field at fault", "invalid-input",
                "The request has 2 invalid field(s).");
        add(operation, "401", "Not signed in", "authentication-required", "Sign in to use this endpoint.");
        add(operation, "403", "Role or assignment does not allow it", "access-denied",
                "Your role, or your assignments, do not allow this request.");
        add(operation, "429", "Too many failed sign-ins for this account or address; retry after Retry-After seconds",
                "sign-in-throttled", "Too many failed sign-ins; retry in 60 seconds.");
        if (path.contains("{")) {
            add(operation, "404", "Unknown convention, commune or action", "unknown-convention",
                    "No convention 'ctg-pays-du-gier-2023'.");
        }
        if (method == PathItem.HttpMethod.POST) {
            add(operation, "409", "A rule of the convention is broken, a stale If-Match (version-conflict), or the "
                            + "same Idempotency-Key still in progress (idempotency-key-in-progress, see Retry-After)",
                    "vote-before-presentation",
                    "A vote needs a prior presentation to the municipal council.");
            add(operation, "422", "Idempotency-Key reused with another request", "idempotency-key-reused",
                    "This Idempotency-Key was already used for a different request.");
        }
        if (method == PathItem.HttpMethod.GET && path.startsWith("/api/v1/conventions")) {
            add(operation, "503", "The view has not caught up, or is being rebuilt (see Retry-After)",
                    "view-not-caught-up", "The view has not yet processed position 42; retry shortly.");
        }
    }

    private static void add(Operation operation, String status, String description, String rule, String detail) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        Map<String, Object> example = new LinkedHashMap<>(Map.of("type", "/problems/" + rule,
                "title", HttpStatus.valueOf(Integer.parseInt(status)).getReasonPhrase(),
                "status", Integer.parseInt(status), "detail", detail, "rule", rule,
                "requestId", "6f1c2e4a-0b7d-4a53-9a8e-2f0d5c1b7e90"));
        if (status.equals("400")) {
            example.put("errors", List.of(Map.of("field", "sessionDate", "message", "has an invalid value"),
                    Map.of("field", "present", "message", "must be less than or equal to 200")));
        }
        ApiResponse response = new ApiResponse().description(description);
        if (status.equals("429") || status.equals("409") || status.equals("503")) {
            response.addHeaderObject(HttpHeaders.RETRY_AFTER, HeaderDocumentation.retryAfter());
        }
        operation.getResponses().addApiResponse(status, response
                .content(new Content().addMediaType("application/problem+json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .example(example))));
    }
}
