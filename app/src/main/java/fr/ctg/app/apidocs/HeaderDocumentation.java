package fr.ctg.app.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.context.request.WebRequest;

import java.util.Arrays;

/**
 * The headers the code reads and writes outside the controllers' signatures: a convention command (its answer is a
 * {@code CommandAccepted}) reads {@code If-Match} and {@code Idempotency-Key} in {@code CommandDispatcher} and answers
 * with {@code ETag} (the convention's version) and {@code Idempotent-Replayed}; refusals to retry carry
 * {@code Retry-After}.
 */
final class HeaderDocumentation {

    private HeaderDocumentation() {
    }

    static void document(Operation operation) {
        if (!answersCommandAccepted(operation)) {
            return;
        }
        if (operation.getParameters() == null || operation.getParameters().stream()
                .noneMatch(p -> "If-Match".equals(p.getName()))) {
            operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                    .description("The convention's version you based this command on (the ETag of an earlier "
                            + "answer). When it is no longer the current one the command is refused with 409 "
                            + "version-conflict and nothing is written.")
                    .schema(new StringSchema().example("\"3\"")));
            operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
                    .description("1 to 200 characters among letters, digits and . _ : -, scoped by account. A "
                            + "retry with the same key gets the first answer (Idempotent-Replayed: true); the "
                            + "same key with another request is 422 idempotency-key-reused; while the first is "
                            + "still running, 409 idempotency-key-in-progress with Retry-After.")
                    .schema(new StringSchema().example("vote-42210-2023-09-14")));
        }
        operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("2")) {
                response.addHeaderObject("ETag", new Header()
                        .description("The convention's version after this command: send it as If-Match.")
                        .schema(new StringSchema().example("\"4\"")));
                response.addHeaderObject("Idempotent-Replayed", new Header()
                        .description("true when this is the stored answer to an earlier request with the same "
                                + "Idempotency-Key.")
                        .schema(new StringSchema().example("false")));
            }
        });
    }

    /**
     * A view answered through the query side's {@code ViewResponses} takes the {@code WebRequest} to answer a
     * conditional GET: its 200 carries an {@code ETag} (a digest of the body), {@code If-None-Match} gives a 304.
     */
    static OperationCustomizer conditionalViews() {
        return (operation, handler) -> {
            boolean conditional = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> WebRequest.class.isAssignableFrom(parameter.getParameterType()));
            if (!conditional) {
                return operation;
            }
            operation.addParametersItem(new HeaderParameter().name("If-None-Match").required(false)
                    .description("The ETag of an earlier answer: 304 Not Modified while the view has not changed.")
                    .schema(new StringSchema().example("\"5d41402abc4b2a76b9719d911017c592\"")));
            operation.getResponses().addApiResponse("304", new ApiResponse()
                    .description("Not modified since the ETag sent in If-None-Match."));
            ApiResponse ok = operation.getResponses().get("200");
            if (ok != null) {
                ok.addHeaderObject("ETag", new Header()
                        .description("A digest of the view's body, for If-None-Match.")
                        .schema(new StringSchema().example("\"5d41402abc4b2a76b9719d911017c592\"")));
            }
            return operation;
        };
    }

    static Header retryAfter() {
        return new Header().description("Seconds to wait before retrying (the same Idempotency-Key for a command).")
                .schema(new IntegerSchema().example(1));
    }

    @SuppressWarnings("rawtypes")
    private static boolean answersCommandAccepted(Operation operation) {
        if (operation.getResponses() == null) {
            return false;
        }
        for (ApiResponse response : operation.getResponses().values()) {
            if (response.getContent() == null) {
                continue;
            }
            for (var media : response.getContent().values()) {
                Schema schema = media.getSchema();
                if (schema != null && schema.get$ref() != null && schema.get$ref().endsWith("/CommandAccepted")) {
                    return true;
                }
            }
        }
        return false;
    }
}
