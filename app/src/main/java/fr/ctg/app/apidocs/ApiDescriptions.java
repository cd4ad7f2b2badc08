package fr.ctg.app.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of the API document, kept in one file ({@code api-descriptions.yaml}) beside this class rather than in
 * annotations spread over the modules (the messages in shared-kernel carry no web annotations): a summary and a
 * description per controller method, a description per field name (with per-schema overrides where a name means
 * something else), and an example value per field of a request. Request-body examples are assembled from those
 * field examples (or taken whole from {@code examples} where the fields alone would not make a sensible request), so a
 * new field only needs its line in the file; the acceptance test names any line missing.
 */
final class ApiDescriptions {

    private final Map<String, Map<String, String>> operations;
    private final Map<String, Object> fields;
    private final Map<String, Map<String, Object>> schemas;
    private final Map<String, Object> examples;

    private ApiDescriptions(Map<String, Object> yaml) {
        this.examples = section(yaml, "examples");
        this.operations = section(yaml, "operations");
        this.fields = section(yaml, "fields");
        this.schemas = section(yaml, "schemas");
    }

    static ApiDescriptions load() {
        try (InputStream in = ApiDescriptions.class.getResourceAsStream("api-descriptions.yaml")) {
            if (in == null) {
                throw new IllegalStateException("Missing fr/ctg/app/apidocs/api-descriptions.yaml");
            }
            return new ApiDescriptions(new Yaml().load(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Summary and description of each operation, by its controller method ({@code Controller.method}). */
    OperationCustomizer operations() {
        return (Operation operation, HandlerMethod handler) -> {
            Map<String, String> words = operations.get(handler.getBeanType().getSimpleName() + "."
                    + handler.getMethod().getName());
            if (words != null) {
                operation.summary(words.get("summary")).description(words.get("description"));
            }
            return operation;
        };
    }

    /** Field descriptions of every schema, then request-body examples made of the fields' examples. */
    OpenApiCustomizer schemasAndExamples() {
        return openApi -> {
            if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
                return;
            }
            openApi.getComponents().getSchemas().forEach(this::describe);
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().forEach(media -> exemplify(openApi, media));
                }
            }));
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void describe(String schemaName, Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        properties.forEach((field, property) -> {
            Object entry = entry(schemaName, field);
            String description = entry instanceof Map<?, ?> map ? (String) map.get("description") : (String) entry;
            if (description == null) {
                return;
            }
            if (property.get$ref() != null) {
                // OpenAPI 3.0 ignores siblings of $ref: the reference moves into allOf to carry the description.
                property.allOf(List.of(new Schema<>().$ref(property.get$ref()))).$ref(null);
            }
            property.setDescription(description);
        });
    }

    private void exemplify(OpenAPI openApi, MediaType media) {
        if (media.getExample() == null && media.getSchema() != null) {
            media.setExample(example(openApi, null, media.getSchema(), 0));
        }
    }

    @SuppressWarnings("rawtypes")
    private Object example(OpenAPI openApi, String schemaName, Schema schema, int depth) {
        String ref = schema.get$ref() != null ? schema.get$ref()
                : schema.getAllOf() != null && !schema.getAllOf().isEmpty()
                ? ((Schema) schema.getAllOf().get(0)).get$ref() : null;
        if (ref != null) {
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (examples.containsKey(name)) {
                return examples.get(name);
            }
            Schema target = openApi.getComponents().getSchemas().get(name);
            return target == null || depth > 5 ? null : example(openApi, name, target, depth + 1);
        }
        if (schema.getProperties() != null) {
            Map<String, Object> object = new LinkedHashMap<>();
            schema.getProperties().forEach((field, property) -> {
                Object value = fieldExample(schemaName, (String) field);
                if (value == null) {
                    value = example(openApi, null, (Schema) property, depth + 1);
                }
                if (value != null) {
                    object.put((String) field, value);
                }
            });
            return object;
        }
        if (schema.getItems() != null) {
            Object item = example(openApi, null, schema.getItems(), depth + 1);
            return item == null ? List.of() : List.of(item);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return schema.getEnum().get(0);
        }
        return schema.getExample();
    }

    private Object fieldExample(String schemaName, String field) {
        return entry(schemaName, field) instanceof Map<?, ?> map ? map.get("example") : null;
    }

    private Object entry(String schemaName, String field) {
        Map<String, Object> overrides = schemaName == null ? null : schemas.get(schemaName);
        if (overrides != null && overrides.containsKey(field)) {
            return overrides.get(field);
        }
        return fields.get(field);
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> section(Map<String, Object> yaml, String name) {
        Object section = yaml.get(name);
        return section == null ? Map.of() : (Map<String, T>) section;
    }
}
