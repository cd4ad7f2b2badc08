package fr.ctg.query.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.eventstore.EventJson;

import java.io.UncheckedIOException;

/** Reads a read model's jsonb column back into the shared-kernel type the projection wrote there. */
public final class JsonColumns {

    /** Built once: building a mapper costs more than the read it serves. */
    private static final ObjectMapper JSON = EventJson.mapper();

    private JsonColumns() {
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
