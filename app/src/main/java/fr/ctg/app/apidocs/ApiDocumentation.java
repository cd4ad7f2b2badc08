package fr.ctg.app.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

import java.util.Map;

/**
 * The OpenAPI description is generated from the controllers by springdoc; this adds what the code does not say in
 * annotations: how to sign in, and the problem details (RFC 9457) every endpoint may answer, with an example of
 * each. Served at {@code /v3/api-docs} and {@code /swagger-ui.html} to any signed-in user.
 * <p>
 * It is not UI: it lives in the all-in-one app, which assembles every endpoint it documents (the dashboard's chain
 * still signs in whoever opens Swagger UI).
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:fr/ctg/app/apidocs/springdoc.properties")
class ApiDocumentation {

    static final String PROBLEM = "ProblemDetail";

    @Bean
    OpenAPI ctgOpenApi() {
        return new OpenAPI()
                .info(new Info().title("CTG lifecycle service").version("v1").description(
                        "Commands (POST) change a Convention Territoriale Globale; views (GET) read its projections. "
                                + "Every refusal is an RFC 9457 problem detail whose `rule` names the rule broken."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Local accounts (ctg.security.mode=local)."))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("Tokens of the OpenID Connect provider (ctg.security.mode=oidc)."))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            item.readOperationsMap().forEach((method, operation) -> document(path, method, operation));
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        add(operation, "400", "Malformed input", "invalid-input", "The request has 1 invalid field(s).");
        add(operation, "401", "Not signed in", "authentication-required", "Sign in to use this endpoint.");
        add(operation, "403", "Role or assignment does not allow it", "access-denied",
                "Your role, or your assignments, do not allow this request.");
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
        Map<String, Object> example = Map.of("type", "/problems/" + rule, "title", description,
                "status", Integer.parseInt(status), "detail", detail, "rule", rule,
                "requestId", "6f1c2e4a-0b7d-4a53-9a8e-2f0d5c1b7e90");
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                        .example(example))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem detail; `rule` repeats the rule's code, clients branch on it.")
                .addProperty("type", new StringSchema().example("/problems/vote-before-presentation"))
                .addProperty("title", new StringSchema().example("Conflict"))
                .addProperty("status", new IntegerSchema().example(409))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("rule", new StringSchema().example("vote-before-presentation"))
                .addProperty("requestId", new StringSchema())
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema()
                        .items(new ObjectSchema().addProperty("field", new StringSchema())
                                .addProperty("message", new StringSchema()))
                        .description("For invalid-input: the fields at fault."));
    }
}
