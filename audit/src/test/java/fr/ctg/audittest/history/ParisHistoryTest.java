package fr.ctg.audittest.history;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.audittest.streaming.StreamingServer;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import fr.ctg.route.PresentedToMunicipalCouncil;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP: the history in Paris local time beside UTC, and date-only filters on Paris days. */
@Tag("slow")
@SpringBootTest(classes = StreamingServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParisHistoryTest {

    static final List<String> RECORDED = List.of("2023-01-15T10:00:00Z", "2023-09-06T12:30:00Z",
            "2026-12-31T23:30:00Z");

    @Autowired
    ApplicationContext context;
    @Autowired
    EventStore store;
    @LocalServerPort
    int port;

    TestClient auditor;
    String history;

    /** Three events of a convention recorded in winter, in summer and at 00:30 on 1 January 2027 in Paris. */
    @BeforeEach
    void recordAtKnownInstants() {
        TestAccounts.createAll(context);
        auditor = TestClient.on(port).as(TestAccounts.AUDITOR);
        String id = "ctg-paris-" + UUID.randomUUID().toString().substring(0, 8);
        history = "/api/v1/audit/conventions/" + id + "/history";
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < RECORDED.size(); i++) {
            Instant at = Instant.parse(RECORDED.get(i));
            var payload = new PresentedToMunicipalCouncil(id, "42186", LocalDate.parse(RECORDED.get(i).substring(0, 10)));
            events.add(new GenericDomainEventMessage<>("Convention", id, i,
                    new GenericMessage<>(UUID.randomUUID().toString(), payload, Map.of()), at));
        }
        store.publish(events);
    }

    @Test
    void eachEventShowsItsParisLocalTimeBesideItsUtcInstant() {
        JsonNode events = auditor.get(history).json().get("events");

        assertThat(field(events, "timestamp")).containsExactly("2023-01-15T10:00:00.000Z",
                "2023-09-06T12:30:00.000Z", "2026-12-31T23:30:00.000Z");
        assertThat(field(events, "recordedAtParis")).containsExactly("2023-01-15T11:00:00+01:00",
                "2023-09-06T14:30:00+02:00", "2027-01-01T00:30:00+01:00");
        List<String> csv = auditor.get(history + ".csv").body().lines().toList();
        assertThat(csv.get(0)).startsWith("position,conventionId,version,eventId,type,timestamp,recordedAtParis,");
        assertThat(csv.get(3)).contains(",2026-12-31T23:30:00.000Z,2027-01-01T00:30:00+01:00,");
    }

    @Test
    void aDateOnlyFilterMeansTheParisDay() {
        // 23:30 UTC on 31 December is 00:30 on 1 January in Paris: the new year's, not the old one's.
        assertThat(field(auditor.get(history + "?from=2027-01-01").json().get("events"), "recordedAtParis"))
                .containsExactly("2027-01-01T00:30:00+01:00");
        assertThat(field(auditor.get(history + "?from=2023-09-06&to=2027-01-01").json().get("events"),
                "recordedAtParis")).containsExactly("2023-09-06T14:30:00+02:00");
    }

    private static List<String> field(JsonNode events, String name) {
        List<String> values = new ArrayList<>();
        events.forEach(e -> values.add(e.get(name).asText()));
        return values;
    }
}
