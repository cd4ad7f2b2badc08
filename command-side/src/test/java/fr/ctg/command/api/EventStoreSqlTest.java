package fr.ctg.command.api;

import fr.ctg.command.CommandSideApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import fr.ctg.platform.security.TestAccounts;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What an auditor sees with psql: events as readable JSON, with who did it and through which request. */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventStoreSqlTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void eventsAreReadWithPlainSqlAsJson() {
        TestAccounts.createAll(context);
        TestAccounts.assign(context, "ctg-sql", TestAccounts.COORDINATOR);
        CommandApiClient admin = new CommandApiClient(http, TestAccounts.ADMIN);
        CommandApiClient api = new CommandApiClient(http, TestAccounts.COORDINATOR);
        admin.post("/api/v1/conventions", admin.sampleAs("ctg-sql"));
        CommandApiClient.Answer presented = api.post("/api/v1/conventions/ctg-sql/communes/42186/presentation",
                "{\"sessionDate\":\"2023-09-06\"}", Map.of("X-Correlation-Id", "copil-2023-09"));

        Map<String, Object> row = jdbc.queryForMap("""
                SELECT payload->>'communeInseeCode' AS commune, payload->>'sessionDate' AS session_date,
                       meta_data->>'principal' AS principal, meta_data->>'requestId' AS request_id,
                       meta_data->>'correlationId' AS correlation_id, jsonb_typeof(payload) AS kind
                FROM domain_event_entry
                WHERE aggregate_identifier = 'ctg-sql' AND payload_type = 'fr.ctg.route.PresentedToMunicipalCouncil'""");

        assertThat(row).containsEntry("commune", "42186").containsEntry("session_date", "2023-09-06")
                .containsEntry("principal", TestAccounts.COORDINATOR).containsEntry("correlation_id", "copil-2023-09")
                .containsEntry("request_id", presented.headers().getFirst("X-Request-Id"))
                .containsEntry("kind", "object");
        assertThat(jdbc.queryForObject("""
                SELECT payload->'perimeters'->2->'communes'->4->>'siren' FROM domain_event_entry
                WHERE aggregate_identifier = 'ctg-sql' AND sequence_number = 0""", String.class))
                .isEqualTo("214201865");
    }

    @Test
    void noColumnOfTheSchemaIsALargeObject() {
        List<String> oidColumns = jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND (data_type = 'oid' OR udt_name IN ('oid', 'lo'))""",
                String.class);
        assertThat(oidColumns).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).isZero();
        List<String> jsonColumns = jdbc.queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = current_schema() AND data_type = 'jsonb'""", String.class);
        assertThat(jsonColumns).contains("domain_event_entry.payload", "domain_event_entry.meta_data",
                "snapshot_event_entry.payload", "token_entry.token");
    }

    @Test
    void theGlobalIndexHasASequenceOfItsOwnIncrementedByOne() {
        Map<String, Object> sequence = jdbc.queryForMap("""
                SELECT increment_by, cache_size FROM pg_sequences WHERE sequencename = 'domain_event_entry_global_index_seq'""");
        assertThat(sequence).containsEntry("increment_by", 1L).containsEntry("cache_size", 1L);
        assertThat(jdbc.queryForList("""
                SELECT table_name FROM information_schema.columns
                WHERE column_default LIKE '%domain_event_entry_global_index_seq%'""", String.class))
                .containsExactly("domain_event_entry");
    }
}
