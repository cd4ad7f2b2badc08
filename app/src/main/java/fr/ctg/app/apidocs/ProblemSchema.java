package fr.ctg.app.apidocs;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;

/**
 * {@code #/components/schemas/ProblemDetail}: what {@code fr.ctg.platform.web.Problems} writes, the RFC 9457 members
 * and our extensions ({@code rule}, {@code requestId}, {@code errors}, {@code retryAfterSeconds}).
 */
final class ProblemSchema {

    private ProblemSchema() {
    }

    @SuppressWarnings("rawtypes")
    static Schema schema() {
        return new ObjectSchema()
                .description("RFC 9457 problem detail (application/problem+json). Clients branch on `rule`, never "
                        + "on the English `title` or `detail`.")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("`/problems/{rule}`: a page of this service that documents the rule.")
                        .example("/problems/vote-before-presentation"))
                .addProperty("title", new StringSchema()
                        .description("The HTTP status's reason phrase.").example("Conflict"))
                .addProperty("status", new IntegerSchema()
                        .description("The HTTP status code, repeated.").example(409))
                .addProperty("detail", new StringSchema()
                        .description("What was refused and why, in English, for people (not for branching).")
                        .example("A vote needs a prior presentation to the municipal council."))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("The path of the request refused."))
                .addProperty("rule", new StringSchema()
                        .description("Extension: the code of the rule broken, the last segment of `type`.")
                        .example("vote-before-presentation"))
                .addProperty("requestId", new StringSchema()
                        .description("Extension: the id of this request (also sent as X-Request-Id), for the logs."))
                .addProperty("retryAfterSeconds", new IntegerSchema()
                        .description("Extension, on sign-in-throttled: the seconds to wait, as in Retry-After."))
                .addProperty("errors", new ArraySchema()
                        .description("Extension, on a 400: one entry per field at fault, every field at fault.")
                        .items(new ObjectSchema()
                                .description("One field at fault.")
                                .addProperty("field", new StringSchema()
                                        .description("The field's path in the body (`counts.votesFor`, "
                                                + "`signatories[0].name`) or the parameter's name.")
                                        .example("sessionDate"))
                                .addProperty("message", new StringSchema()
                                        .description("What is wrong with it, in English.")
                                        .example("has an invalid value"))));
    }
}
