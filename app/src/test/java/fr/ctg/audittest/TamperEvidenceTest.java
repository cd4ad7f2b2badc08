package fr.ctg.audittest;

import fr.ctg.platform.testing.Maintenance;
import fr.ctg.platform.testing.SettableClock;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampering with the store in plain SQL, as an operator could, and what verify says. A context of its own (its own
 * PostgreSQL): every test puts back what it broke, and the whole store is verified.
 */
@Tag("slow")
@SpringBootTest(classes = AuditTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ctg.test.store=tamper")
class TamperEvidenceTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.context.ApplicationContext accountsContext;

    static final String GENESIS = "0".repeat(64);

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SettableClock clock;

    /** The service's own role cannot change or delete an event: tampering takes the maintenance role. */
    JdbcTemplate maintenance;
    Api api;
    String id;

    @BeforeEach
    void writeTwoConventions() {
        api = new Api(http, accountsContext);
        maintenance = Maintenance.jdbc(accountsContext);
        id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        api.command("/api/v1/conventions", api.sample(id));
        api.walkRiveDeGier(id, clock);
        api.command("/api/v1/conventions", api.sample(id + "-other"));
    }

    @Test
    void everyEventIsChainedToThePreviousOneOfItsConvention() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT meta_data->>'hash' AS hash, meta_data->>'previousHash' AS previous FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", id);

        assertThat(rows).hasSize(6);
        assertThat(rows.get(0).get("previous")).isEqualTo(GENESIS);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("previous")).isEqualTo(rows.get(i - 1).get("hash"));
            assertThat((String) rows.get(i).get("hash")).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void anUntouchedStoreVerifiesIntactWithTheCountOfEventsChecked() {
        JsonNode report = verify("{}");

        assertThat(report.get("status").asText()).isEqualTo("intact");
        assertThat(report.get("eventsChecked").asLong())
                .isEqualTo(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class));
        assertThat(report.get("breaks")).isEmpty();
        assertThat(report.get("firstBreak").isNull()).isTrue();
    }

    @Test
    void aPayloadAlteredWithSqlIsNamedWithItsPositionConventionAndSequence() {
        long position = position(id, 2);
        String original = jdbc.queryForObject("SELECT payload::text FROM domain_event_entry WHERE global_index = ?",
                String.class, position);
        maintenance.update("UPDATE domain_event_entry SET payload = jsonb_set(payload, '{votes,votesFor}', '26') "
                + "WHERE global_index = ?", position);
        try {
            JsonNode broken = verify("{}").get("firstBreak");

            assertThat(broken.get("globalPosition").asLong()).isEqualTo(position);
            assertThat(broken.get("conventionId").asText()).isEqualTo(id);
            assertThat(broken.get("sequenceNumber").asLong()).isEqualTo(2);
            assertThat(broken.get("type").asText()).isEqualTo("CouncilVoteRecorded");
            assertThat(broken.get("problem").asText()).isEqualTo("hash-mismatch");
            assertThat(broken.get("detail").asText()).contains("payload or metadata was altered");
        } finally {
            maintenance.update("UPDATE domain_event_entry SET payload = ?::jsonb WHERE global_index = ?", original, position);
        }
        assertThat(verify("{}").get("status").asText()).isEqualTo("intact");
    }

    @Test
    void metadataAlteredWithSqlIsNamedToo() {
        long position = position(id, 1);
        String original = jdbc.queryForObject("SELECT meta_data::text FROM domain_event_entry WHERE global_index = ?",
                String.class, position);
        maintenance.update("UPDATE domain_event_entry SET meta_data = jsonb_set(meta_data, '{principal}', '\"mallory\"') "
                + "WHERE global_index = ?", position);
        try {
            JsonNode broken = verify("{}").get("firstBreak");

            assertThat(broken.get("globalPosition").asLong()).isEqualTo(position);
            assertThat(broken.get("problem").asText()).isEqualTo("hash-mismatch");
        } finally {
            maintenance.update("UPDATE domain_event_entry SET meta_data = ?::jsonb WHERE global_index = ?", original, position);
        }
        assertThat(verify("{}").get("status").asText()).isEqualTo("intact");
    }

    @Test
    void aDeletedEventBreaksTheChainAtTheEventAfterIt() {
        Map<String, Object> deleted = row(id, 3);
        long next = position(id, 4);
        maintenance.update("DELETE FROM domain_event_entry WHERE global_index = ?", deleted.get("global_index"));
        try {
            JsonNode report = verify("{}");
            JsonNode broken = report.get("firstBreak");

            assertThat(report.get("status").asText()).isEqualTo("broken");
            assertThat(broken.get("conventionId").asText()).isEqualTo(id);
            assertThat(broken.get("globalPosition").asLong()).isEqualTo(next);
            assertThat(broken.get("problem").asText()).isEqualTo("sequence-gap");
            assertThat(broken.get("expected").asText()).isEqualTo("3");
        } finally {
            restore(deleted);
        }
        assertThat(verify("{}").get("status").asText()).isEqualTo("intact");
    }

    @Test
    void anEventDeletedAtTheEndIsCaughtByTheHeadSignedBefore() {
        JsonNode head = api.parse(api.get("/api/v1/audit/conventions/" + id + "/head").getBody());
        Map<String, Object> last = row(id, 5);
        assertThat(head.get("hash").asText()).isEqualTo(jdbc.queryForObject(
                "SELECT meta_data->>'hash' FROM domain_event_entry WHERE global_index = ?", String.class,
                last.get("global_index")));
        assertThat(head.get("sequenceNumber").asLong()).isEqualTo(5);
        maintenance.update("DELETE FROM domain_event_entry WHERE global_index = ?", last.get("global_index"));
        try {
            JsonNode withHead = verify("{\"expectedHeads\":{\"" + id + "\":\"" + head.get("hash").asText() + "\"}}");

            assertThat(withHead.get("status").asText()).isEqualTo("broken");
            assertThat(withHead.get("firstBreak").get("problem").asText()).isEqualTo("head-not-found");
            assertThat(withHead.get("firstBreak").get("conventionId").asText()).isEqualTo(id);
        } finally {
            restore(last);
        }
        assertThat(verify("{\"expectedHeads\":{\"" + id + "\":\"" + head.get("hash").asText() + "\"}}")
                .get("status").asText()).isEqualTo("intact");
    }

    @Test
    void anInsertedForgeryDoesNotChain() {
        Map<String, Object> last = row(id, 5);
        jdbc.update("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                    time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT 'forged-' || event_identifier, aggregate_identifier, 6, type, time_stamp, payload_type,
                    payload_revision, payload, meta_data FROM domain_event_entry WHERE global_index = ?""",
                last.get("global_index"));
        try {
            JsonNode broken = verify("{}").get("firstBreak");

            assertThat(broken.get("sequenceNumber").asLong()).isEqualTo(6);
            assertThat(broken.get("problem").asText()).isEqualTo("previous-hash-mismatch");
        } finally {
            maintenance.update("DELETE FROM domain_event_entry WHERE event_identifier LIKE 'forged-%'");
        }
    }

    @Test
    void aDocumentWhoseStoredBytesWereAlteredIsNamedAtTheEventThatAttachedIt() {
        byte[] signed = ("%PDF-1.4\n1 0 obj << /Title (Délibération DEL_2023_064 " + id + ") >> endobj\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String sha256 = java.util.HexFormat.of().formatHex(sha256(signed));
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(signed) {
            @Override
            public String getFilename() {
                return "deliberation-signee.pdf";
            }
        });
        var attached = http.withBasicAuth(fr.ctg.platform.security.TestAccounts.COORDINATOR,
                fr.ctg.platform.security.TestAccounts.PASSWORD).postForEntity("/api/v1/conventions/" + id
                + "/communes/42186/deliberation/documents?role=SIGNED_DELIBERATION", form, String.class);
        assertThat(attached.getStatusCode().value()).as(attached.getBody()).isEqualTo(200);
        JsonNode listed = api.parse(api.get("/api/v1/audit/conventions/" + id + "/documents").getBody());
        assertThat(listed).singleElement().satisfies(document -> {
            assertThat(document.get("document").get("sha256").asText()).isEqualTo(sha256);
            assertThat(document.get("role").asText()).isEqualTo("SIGNED_DELIBERATION");
        });
        assertThat(verify("{}").get("status").asText()).isEqualTo("intact");

        // One byte changed, the length kept (the table checks it): what a DBA could do.
        maintenance.update("UPDATE document SET content = overlay(content PLACING '\\x58'::bytea FROM 12 FOR 1) "
                + "WHERE sha256 = ?", sha256);
        try {
            JsonNode report = verify("{}");
            assertThat(report.get("status").asText()).isEqualTo("broken");
            JsonNode broken = report.get("firstBreak");
            assertThat(broken.get("problem").asText()).isEqualTo("document-altered");
            assertThat(broken.get("conventionId").asText()).isEqualTo(id);
            assertThat(broken.get("type").asText()).isEqualTo("DocumentAttached");
            assertThat(broken.get("detail").asText()).contains("deliberation-signee.pdf");
            assertThat(broken.get("expected").asText()).isEqualTo(sha256);
        } finally {
            maintenance.update("UPDATE document SET content = ? WHERE sha256 = ?", signed, sha256);
        }
        assertThat(verify("{}").get("status").asText()).isEqualTo("intact");
    }

    private static byte[] sha256(byte[] content) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode verify(String body) {
        var answer = api.post("/api/v1/audit/verify", body);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return api.parse(answer.getBody());
    }

    private long position(String convention, long sequence) {
        return (Long) row(convention, sequence).get("global_index");
    }

    private Map<String, Object> row(String convention, long sequence) {
        return jdbc.queryForMap("""
                SELECT global_index, event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                       payload_type, payload_revision, payload::text AS payload, meta_data::text AS meta_data
                FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?""", convention, sequence);
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("""
                INSERT INTO domain_event_entry (global_index, event_identifier, aggregate_identifier, sequence_number,
                    type, time_stamp, payload_type, payload_revision, payload, meta_data)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)""", row.get("global_index"),
                row.get("event_identifier"), row.get("aggregate_identifier"), row.get("sequence_number"),
                row.get("type"), row.get("time_stamp"), row.get("payload_type"), row.get("payload_revision"),
                row.get("payload"), row.get("meta_data"));
    }
}
