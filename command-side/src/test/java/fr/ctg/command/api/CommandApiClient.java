package fr.ctg.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Posts commands as a client would, and reads answers as JSON. */
final class CommandApiClient {

    private final TestRestTemplate http;
    private final ObjectMapper json = new ObjectMapper();

    /** Signs in as the given test account. */
    CommandApiClient(TestRestTemplate http, String username) {
        this.http = http.withBasicAuth(username, fr.ctg.platform.security.TestAccounts.PASSWORD);
    }

    record Answer(int status, HttpHeaders headers, JsonNode body) {
    }

    /** The built-in sample, under another id so that each test has a convention of its own. */
    String sampleAs(String conventionId) {
        return fr.ctg.platform.testing.SampleConvention.as(conventionId);
    }

    Answer post(String path, String body) {
        return post(path, body, Map.of());
    }

    Answer post(String path, String body, Map<String, String> headers) {
        HttpHeaders h = new HttpHeaders();
        h.setContentType(MediaType.APPLICATION_JSON);
        headers.forEach(h::set);
        ResponseEntity<String> response = http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, h), String.class);
        try {
            JsonNode parsed = response.getBody() == null ? json.nullNode() : json.readTree(response.getBody());
            return new Answer(response.getStatusCode().value(), response.getHeaders(), parsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String vote(String sessionDate, String number, String actesId) {
        return """
                {"sessionDate":"%s","votesFor":25,"votesAgainst":2,"abstentions":1,"notTakingPart":0,
                 "ballot":"PUBLIC","deliberationNumber":"%s"%s}"""
                .formatted(sessionDate, number, actesId == null ? "" : ",\"actesId\":\"" + actesId + "\"");
    }
}
