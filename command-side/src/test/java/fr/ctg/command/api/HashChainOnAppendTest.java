package fr.ctg.command.api;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.SampleConvention;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side alone stamps the audit trail's hash chain on the events it appends: the writer lives in the audit
 * module, and this application scans only its writing package.
 */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HashChainOnAppendTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void everyAppendedEventIsChainedToThePreviousOneOfItsConvention() {
        TestAccounts.createAll(context);
        String id = "ctg-" + UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth(TestAccounts.ADMIN, TestAccounts.PASSWORD).postForEntity("/api/v1/conventions",
                new HttpEntity<>(SampleConvention.as(id), json), String.class).getStatusCode().value()).isEqualTo(201);
        assertThat(http.withBasicAuth(TestAccounts.COORDINATOR, TestAccounts.PASSWORD).postForEntity(
                "/api/v1/conventions/" + id + "/communes/42186/presentation",
                new HttpEntity<>("{\"sessionDate\":\"2023-09-06\"}", json), String.class).getStatusCode().value())
                .isEqualTo(200);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT meta_data->>'hash' AS hash, meta_data->>'previousHash' AS previous FROM domain_event_entry
                WHERE aggregate_identifier = ? ORDER BY sequence_number""", id);
        assertThat(rows).hasSize(2);
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get("hash")).matches("[0-9a-f]{64}"));
        assertThat(rows.get(0).get("previous")).isEqualTo("0".repeat(64));
        assertThat(rows.get(1).get("previous")).isEqualTo(rows.get(0).get("hash"));
    }
}
