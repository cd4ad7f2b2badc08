package fr.ctg.query.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.platform.testing.TestClient;
import fr.ctg.query.QuerySideApplication;
import fr.ctg.query.support.EventAppender;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteOutcome;
import fr.ctg.query.processing.ProcessorNames;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.EPCI;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestConvention.vote;
import static fr.ctg.query.support.TestConvention.withParties;
import static org.assertj.core.api.Assertions.assertThat;

/** The query API over HTTP on the query side alone, fed by events appended to the store. */
@Tag("slow")
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ctg.query.max-wait=1s")
class QueryApiTest {

    @Autowired
    org.springframework.context.ApplicationContext accountsContext;

    /** Views, metrics and the rebuild are all open to an administrator. */
    private String signIn() {
        fr.ctg.platform.security.TestAccounts.createAll(accountsContext);
        return fr.ctg.platform.security.TestAccounts.basic(fr.ctg.platform.security.TestAccounts.ADMIN);
    }

    private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private EventAppender events;
    private String id;
    @Autowired
    EventProcessingConfiguration processing;

    @BeforeEach
    void newConvention() {
        events = new EventAppender(eventStore, jdbc);
        id = "ctg-" + UUID.randomUUID();
    }

    private TestClient.Answer get(String path, String... headers) {
        Map<String, String> sent = new LinkedHashMap<>(Map.of("Authorization", signIn()));
        for (int i = 0; i < headers.length; i += 2) {
            sent.put(headers[i], headers[i + 1]);
        }
        return TestClient.on(port).get(path, sent);
    }

    private JsonNode body(TestClient.Answer response) throws IOException {
        return json.readTree(response.body());
    }

    @Test
    void aReaderAskingForTheReturnedPositionSeesItsOwnWrite() throws Exception {
        events.append(defined(id));
        long position = events.append(new PresentedToMunicipalCouncil(id, A, DAY));

        TestClient.Answer response = get("/api/v1/conventions/" + id + "/communes?stage=PRESENTED&minPosition="
                + position);

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response).path("items")).hasSize(1);
        assertThat(body(response).path("items").get(0).path("inseeCode").asText()).isEqualTo(A);
        for (String view : new String[]{"", "/perimeters", "/perimeters/P1", "/action-progress"}) {
            assertThat(get("/api/v1/conventions/" + id + view + "?minPosition=" + position).status())
                    .as(view).isEqualTo(200);
        }
        assertThat(body(get("/api/v1/conventions/" + id + "?minPosition=" + position)).path("stage").asText())
                .isEqualTo("ROUTE_IN_PROGRESS");
    }

    @Test
    void aPositionNotReachedInTimeAnswers503WithRetryAfter() throws Exception {
        long defined = events.append(defined(id));
        assertThat(get("/api/v1/conventions/" + id + "?minPosition=" + defined).status()).isEqualTo(200);
        // The view's processor is stopped, so the next event is stored but not handled within the bounded wait.
        StreamingEventProcessor overview = processing
                .eventProcessor(ProcessorNames.CONVENTION_OVERVIEW, StreamingEventProcessor.class).orElseThrow();
        overview.shutdownAsync().get(30, TimeUnit.SECONDS);
        try {
            long position = events.append(new PresentedToMunicipalCouncil(id, A, DAY));

            TestClient.Answer response = get("/api/v1/conventions/" + id + "?minPosition=" + position);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Retry-After")).hasValue("1");
            assertThat(body(response).path("rule").asText()).isEqualTo("view-not-caught-up");
            assertThat(response.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        } finally {
            overview.start();
        }
    }

    /** No event has that position: waiting for it held a thread for the whole bound, then answered 503. */
    @Test
    void aPositionBeyondTheStoresHeadIsAMalformedRequest() throws Exception {
        long position = events.append(defined(id));

        TestClient.Answer response = get("/api/v1/conventions/" + id + "?minPosition=" + (position + 1000));

        assertThat(response.status()).isEqualTo(400);
        assertThat(body(response).path("rule").asText()).isEqualTo("position-beyond-head");
    }

    @Test
    void answersCarryAnETagThatChangesWithTheContent() throws Exception {
        long first = events.append(defined(id));
        String path = "/api/v1/conventions/" + id + "/perimeters/P1?minPosition=";
        TestClient.Answer before = get(path + first);
        String etag = before.header("ETag").orElseThrow();

        assertThat(get(path + first, "If-None-Match", etag).status()).isEqualTo(304);

        long second = events.append(new PresentedToMunicipalCouncil(id, B, DAY), vote(id, B, DAY, VoteOutcome.ADOPTED));
        TestClient.Answer after = get(path + second, "If-None-Match", etag);
        assertThat(after.status()).isEqualTo(200);
        assertThat(after.header("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(body(after).path("totals").path("stages").path("ADOPTED").asInt()).isEqualTo(1);
    }

    @Test
    void unknownConventionsAndPerimetersAre404ProblemDetails() throws Exception {
        long position = events.append(defined(id));
        for (String path : new String[]{"/api/v1/conventions/nope", "/api/v1/conventions/nope/communes",
                "/api/v1/conventions/nope/perimeters", "/api/v1/conventions/nope/action-progress"}) {
            TestClient.Answer response = get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(body(response).path("rule").asText()).isEqualTo("unknown-convention");
        }
        TestClient.Answer perimeter = get("/api/v1/conventions/" + id + "/perimeters/P9?minPosition=" + position);
        assertThat(perimeter.status()).isEqualTo(404);
        assertThat(body(perimeter).path("rule").asText()).isEqualTo("unknown-perimeter");
    }

    @Test
    void theEpciIsARowOfItsOwnAndAProblemWhenItIsNotAParty() throws Exception {
        events.append(withParties(id));
        long position = events.append(new PresentedToMunicipalCouncil(id, EPCI, DAY));

        TestClient.Answer epci = get("/api/v1/conventions/" + id + "/epci?minPosition=" + position);
        assertThat(epci.status()).isEqualTo(200);
        assertThat(body(epci).path("kind").asText()).isEqualTo("EPCI");
        assertThat(body(epci).path("inseeCode").asText()).isEqualTo(EPCI);
        assertThat(body(epci).path("stage").asText()).isEqualTo("PRESENTED");
        assertThat(body(epci).path("missing").toString())
                .isEqualTo("[\"ADOPTED_VOTE\",\"PREFECTURE_TRANSMISSION\",\"PUBLICATION\"]");
        assertThat(body(get("/api/v1/conventions/" + id + "/communes")).path("totalItems").asInt()).isEqualTo(5);
        JsonNode overview = body(get("/api/v1/conventions/" + id + "?minPosition=" + position));
        assertThat(overview.path("parties")).hasSize(8);
        assertThat(overview.path("parties").get(1).path("partyId").asText()).isEqualTo(EPCI);
        assertThat(overview.path("signatureBlockers")).hasSize(8);
        assertThat(overview.path("signatureOnEndedDeliberation").asBoolean()).isFalse();

        String withoutEpci = "ctg-" + UUID.randomUUID();
        long other = events.append(defined(withoutEpci));
        TestClient.Answer none = get("/api/v1/conventions/" + withoutEpci + "/epci?minPosition=" + other);
        assertThat(none.status()).isEqualTo(404);
        assertThat(body(none).path("rule").asText()).isEqualTo("epci-not-a-party");
        TestClient.Answer unknown = get("/api/v1/conventions/nope/epci");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(body(unknown).path("rule").asText()).isEqualTo("unknown-convention");
    }

    @Test
    void malformedParametersAre400ProblemDetails() throws Exception {
        events.append(defined(id));
        String base = "/api/v1/conventions/" + id;
        assertThat(body(get(base + "/communes?size=0")).path("rule").asText()).isEqualTo("invalid-paging");
        assertThat(body(get(base + "/communes?page=-1")).path("rule").asText()).isEqualTo("invalid-paging");
        assertThat(get(base + "/communes?stage=SIGNED").status()).isEqualTo(400);
        assertThat(body(get(base + "/action-progress?period=2025-2023")).path("rule").asText())
                .isEqualTo("invalid-period");
        assertThat(get(base + "/action-progress?asOf=yesterday").status()).isEqualTo(400);
        assertThat(body(get(base + "?minPosition=-3")).path("rule").asText()).isEqualTo("invalid-position");
    }

    @Test
    void healthAndGaugesReportEachProcessorsPositionHeadAndLag() throws Exception {
        long position = events.append(defined(id));
        get("/api/v1/conventions/" + id + "/action-progress?minPosition=" + position);

        JsonNode health = body(get("/actuator/health")).path("components").path("readModels");
        assertThat(health.path("status").asText()).isEqualTo("UP");
        assertThat(health.path("details").path("eventStoreHead").asLong()).isGreaterThanOrEqualTo(position);
        assertThat(health.path("details").path("processors").path("action-progress").path("position").asLong())
                .isGreaterThanOrEqualTo(position);
        assertThat(health.path("details").path("processors").path("action-progress").has("lag")).isTrue();

        assertThat(gauge("ctg.eventstore.head")).isGreaterThanOrEqualTo(position);
        assertThat(gauge("ctg.projection.position?tag=processor:action-progress")).isGreaterThanOrEqualTo(position);
        assertThat(gauge("ctg.projection.lag?tag=processor:action-progress")).isGreaterThanOrEqualTo(0);
        assertThat(gauge("ctg.projection.lag?tag=processor:commune-approval")).isGreaterThanOrEqualTo(0);
    }

    private double gauge(String metric) throws Exception {
        JsonNode measurements = body(get("/actuator/metrics/" + metric)).path("measurements");
        assertThat(measurements).as(metric).hasSize(1);
        return measurements.get(0).path("value").asDouble();
    }
}
