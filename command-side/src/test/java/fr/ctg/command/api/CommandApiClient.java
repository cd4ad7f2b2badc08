package fr.ctg.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
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

    static final String SAMPLE = "sample/ctg-pays-du-gier.json";
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
        try {
            ObjectNode sample = (ObjectNode) json.readTree(new ClassPathResource(SAMPLE).getInputStream());
            sample.put("conventionId", conventionId);
            return sample.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
