package fr.ctg.query.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.WebRequest;

import java.io.UncheckedIOException;

/**
 * A view's answer with a strong ETag: the digest of the JSON the client receives, so it changes exactly when the
 * content does; a matching {@code If-None-Match} gets a bodiless 304.
 */
@Component
public class ViewResponses {

    private final ObjectMapper json;

    ViewResponses(ObjectMapper json) {
        this.json = json;
    }

    public <T> ResponseEntity<T> ok(T body, WebRequest request) {
        String etag;
        try {
            etag = "\"" + DigestUtils.md5DigestAsHex(json.writeValueAsBytes(body)) + "\"";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(body);
    }
}
