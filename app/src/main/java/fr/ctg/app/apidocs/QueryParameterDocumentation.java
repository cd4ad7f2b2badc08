package fr.ctg.app.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What springdoc cannot see in the signatures: a record bound from the query string (the history's
 * {@code HistoryFilter}) is one query parameter per field, not one object parameter; the parameter names kept for
 * one version are marked deprecated; a handler that writes its answer itself (CSV, JSON Lines, a document's bytes)
 * says its media type here.
 */
final class QueryParameterDocumentation {

    /** Names kept working for one version, with what replaces them (see docs/api.md). */
    static final Map<String, String> DEPRECATED = Map.of(
            "limit", "Deprecated, kept for one version: use `size`.",
            "after", "Deprecated, kept for one version: use `page` (a global position to start after; the answer's "
                    + "`nextAfter` gives the next one).");

    private QueryParameterDocumentation() {
    }

    @SuppressWarnings("rawtypes")
    static void document(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            flatten(operation, schemas);
            answers(path, operation);
        }));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void flatten(Operation operation, Map<String, Schema> schemas) {
        if (operation.getParameters() == null) {
            return;
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter parameter : operation.getParameters()) {
            String ref = parameter.getSchema() == null ? null : parameter.getSchema().get$ref();
            Schema object = ref == null ? null : schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            if (!"query".equals(parameter.getIn()) || object == null || object.getProperties() == null) {
                parameters.add(parameter);
                continue;
            }
            ((Map<String, Schema>) object.getProperties()).forEach((name, field) -> {
                QueryParameter query = new QueryParameter();
                query.name(name).required(false).schema(field).description(field.getDescription());
                if (DEPRECATED.containsKey(name)) {
                    query.deprecated(true).description(DEPRECATED.get(name));
                }
                parameters.add(query);
            });
        }
        operation.setParameters(parameters);
    }

    private static void answers(String path, Operation operation) {
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        if (ok == null || (ok.getContent() != null && !ok.getContent().isEmpty())) {
            return;
        }
        String type = path.endsWith(".csv") ? "text/csv" : path.endsWith(".jsonl") ? "application/jsonl"
                : path.endsWith("/{sha256}") ? "application/octet-stream" : "application/json";
        ok.content(new Content().addMediaType(type, new MediaType().schema(
                type.equals("application/json") ? new Schema<>().type("object") : new StringSchema()
                        .format(type.equals("application/octet-stream") ? "binary" : null))));
    }
}
