package fr.ctg.query.reminders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.calendar.ParisCalendar;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import fr.ctg.query.QuerySideApplication;
import fr.ctg.query.support.EventAppender;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteOutcome;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestConvention.vote;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reminders over HTTP, drawn from views fed by events appended to the store: Alpha adopted on 1 June 2023 and has
 * no receipt, so its reminder is due on 16 June 2023 (15 days, the default).
 */
@Tag("slow")
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class ReminderApiTest {

    private static final LocalDate VOTE = LocalDate.of(2023, 6, 1);
    private static final LocalDate RECEIPT_DUE = LocalDate.of(2023, 6, 16);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    Clock clock;

    private String id;

    @BeforeEach
    void aConventionWithAnAdoptedVoteAndNoReceipt() {
        TestAccounts.createAll(context);
        id = "ctg-" + UUID.randomUUID();
        EventAppender events = new EventAppender(eventStore, jdbc);
        events.append(defined(id));
        events.append(new PresentedToMunicipalCouncil(id, A, VOTE), vote(id, A, VOTE, VoteOutcome.ADOPTED),
                new PresentedToMunicipalCouncil(id, B, VOTE));
        TestAccounts.assign(context, id, TestAccounts.COORDINATOR);
        await().until(() -> receiptReminders(get("/api/v1/reminders?conventionId=" + id, TestAccounts.AUDITOR)).size() == 1);
    }

    @Test
    void theMissingReceiptIsAReminderDueFifteenDaysAfterTheVoteInFrench() throws Exception {
        JsonNode answer = body(get("/api/v1/reminders", TestAccounts.COORDINATOR));

        assertThat(answer.path("asOf").asText()).isEqualTo(ParisCalendar.today(clock).toString());
        JsonNode receipt = receiptReminders(answer).get(0);
        assertThat(receipt.path("subjectType").asText()).isEqualTo("COMMUNE");
        assertThat(receipt.path("subjectId").asText()).isEqualTo(A);
        assertThat(receipt.path("subjectName").asText()).isEqualTo("Alpha");
        assertThat(receipt.path("dueOn").asText()).isEqualTo(RECEIPT_DUE.toString());
        assertThat(receipt.path("label").asText())
                .isEqualTo("Alpha : accusé de réception de la préfecture manquant (délibération votée le 1 juin 2023)");
        assertThat(kinds(answer)).contains("VOTE_NOT_HELD", "PUBLICATION_MISSING");
    }

    @Test
    void aCoordinatorSeesOnlyHerConventionsAndAnAuditorSeesThemAll() throws Exception {
        String other = "ctg-" + UUID.randomUUID();
        new EventAppender(eventStore, jdbc).append(defined(other));
        await().until(() -> get("/api/v1/conventions/" + other, TestAccounts.AUDITOR).status() == 200);

        assertThat(conventions(body(get("/api/v1/reminders", TestAccounts.COORDINATOR)))).contains(id).doesNotContain(other);
        assertThat(conventions(body(get("/api/v1/reminders", TestAccounts.AUDITOR)))).contains(id, other);
        TestClient.Answer notHers = get("/api/v1/reminders?conventionId=" + other, TestAccounts.COORDINATOR);
        assertThat(notHers.status()).isEqualTo(404);
        assertThat(body(notHers).path("rule").asText()).isEqualTo("convention-not-found");
    }

    @Test
    void aPastDayIsJudgedOnTheViewsAsTheyStoodThen() throws Exception {
        // The events were stored today: the day before, the convention did not exist yet.
        LocalDate yesterday = ParisCalendar.today(clock).minusDays(1);

        JsonNode answer = body(get("/api/v1/reminders?conventionId=" + id + "&asOf=" + yesterday, TestAccounts.AUDITOR));

        assertThat(answer.path("asOf").asText()).isEqualTo(yesterday.toString());
        assertThat(answer.path("reminders")).isEmpty();
        assertThat(get("/api/v1/reminders?asOf=2023-13-01", TestAccounts.AUDITOR).status()).isEqualTo(400);
    }

    @Test
    void aPastDayIsTheReplayOfTheEventsRecordedByItsEnd() throws Exception {
        String past = "ctg-" + UUID.randomUUID();
        Clock axon = GenericEventMessage.clock;
        try {
            // Stamped as if recorded on the vote's day, 1 June 2023 at 18:00 in Paris.
            GenericEventMessage.clock = Clock.fixed(Instant.parse("2023-06-01T16:00:00Z"), ZoneOffset.UTC);
            EventAppender events = new EventAppender(eventStore, jdbc);
            events.append(defined(past));
            events.append(new PresentedToMunicipalCouncil(past, A, VOTE), vote(past, A, VOTE, VoteOutcome.ADOPTED));
            GenericEventMessage.clock = Clock.fixed(Instant.parse("2023-06-20T08:00:00Z"), ZoneOffset.UTC);
            events.append(new PrefectureTransmissionRecorded(past, A, LocalDate.of(2023, 6, 19),
                    LocalDate.of(2023, 6, 20), null, List.of()));
        } finally {
            GenericEventMessage.clock = axon;
        }
        String asOf = "/api/v1/reminders?conventionId=" + past + "&asOf=";

        assertThat(receiptReminders(get(asOf + "2023-06-15", TestAccounts.AUDITOR))).isEmpty();
        assertThat(receiptReminders(get(asOf + "2023-06-19", TestAccounts.AUDITOR), past))
                .singleElement().satisfies(r -> assertThat(r.path("dueOn").asText()).isEqualTo(RECEIPT_DUE.toString()));
        assertThat(receiptReminders(get(asOf + "2023-06-20", TestAccounts.AUDITOR), past))
                .as("the receipt was recorded that day").isEmpty();
    }

    @Test
    void aDisabledAccountsFeedIsClosed() throws Exception {
        String user = "cal-" + UUID.randomUUID().toString().substring(0, 8);
        TestClient admin = TestClient.on(port).as(TestAccounts.ADMIN);
        assertThat(admin.post("/api/v1/admin/accounts", "{\"username\":\"" + user
                + "\",\"password\":\"" + TestAccounts.PASSWORD + "\",\"roles\":[\"AUDITOR\"]}").status()).isEqualTo(201);
        String feed = body(TestClient.on(port).send(HttpMethod.POST, "/api/v1/reminders/calendar-token", null,
                Map.of("Authorization", TestAccounts.basic(user)))).path("feedPath").asText();
        assertThat(TestClient.on(port).get(feed, Map.of()).status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/accounts/" + user + "/disable", null).status()).isEqualTo(200);

        assertThat(TestClient.on(port).get(feed, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theCalendarFeedOpensWithItsTokenOnlyAndShowsTheReceiptOnItsDueDay() throws Exception {
        TestClient.Answer issued = TestClient.on(port).send(HttpMethod.POST, "/api/v1/reminders/calendar-token", null,
                Map.of("Authorization", TestAccounts.basic(TestAccounts.COORDINATOR)));
        assertThat(issued.status()).isEqualTo(201);
        String feed = body(issued).path("feedPath").asText();
        assertThat(feed).startsWith("/api/v1/reminders/calendar/").endsWith(".ics");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM calendar_token WHERE token_sha256 = ?", Integer.class,
                body(issued).path("token").asText())).as("the token itself is never stored").isZero();

        TestClient.Answer calendar = TestClient.on(port).get(feed, Map.of());

        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/calendar"));
        Calendar parsed = new CalendarBuilder().build(new StringReader(calendar.body()));
        List<VEvent> receipts = parsed.<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getUid().orElseThrow().getValue().startsWith("receipt-missing." + id + "." + A + "."))
                .toList();
        assertThat(receipts).singleElement().satisfies(event -> {
            Temporal start = event.getDateTimeStart().getDate();
            assertThat(start).isEqualTo(RECEIPT_DUE);
            assertThat(event.getSummary().getValue()).startsWith("Alpha : accusé de réception");
        });

        assertThat(TestClient.on(port).send(HttpMethod.DELETE, "/api/v1/reminders/calendar-token", null,
                Map.of("Authorization", TestAccounts.basic(TestAccounts.COORDINATOR))).status()).isEqualTo(204);
        TestClient.Answer revoked = TestClient.on(port).get(feed, Map.of());
        assertThat(revoked.status()).isEqualTo(404);
        assertThat(body(revoked).path("rule").asText()).isEqualTo("calendar-token-unknown");
    }

    @Test
    void aNewTokenReplacesTheOldOne() throws Exception {
        Map<String, String> coordinator = Map.of("Authorization", TestAccounts.basic(TestAccounts.COORDINATOR));
        String first = body(TestClient.on(port).send(HttpMethod.POST, "/api/v1/reminders/calendar-token", null, coordinator)).path("feedPath").asText();
        String second = body(TestClient.on(port).send(HttpMethod.POST, "/api/v1/reminders/calendar-token", null, coordinator)).path("feedPath").asText();

        assertThat(TestClient.on(port).get(first, Map.of()).status()).isEqualTo(404);
        assertThat(TestClient.on(port).get(second, Map.of()).status()).isEqualTo(200);
        assertThat(TestClient.on(port).get("/api/v1/reminders/calendar/not-a-token.ics", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void theBusinessGaugesCountWhatTheViewsShow() throws Exception {
        String scrape = get("/actuator/prometheus", TestAccounts.ADMIN).body();

        int reminders = body(get("/api/v1/reminders", TestAccounts.AUDITOR)).path("count").asInt();
        assertThat(value(scrape, "ctg_business_reminders_open")).isGreaterThanOrEqualTo(3).isEqualTo(reminders);
        assertThat(value(scrape, "ctg_business_communes_executory")).isGreaterThanOrEqualTo(0);
        assertThat(value(scrape, "ctg_business_conventions_signed")).isGreaterThanOrEqualTo(0);
        // Every convention of these tests runs 2023-2027 with actions a1 and a3 ended in 2024, still planned.
        assertThat(value(scrape, "ctg_business_actions_overdue")).isGreaterThanOrEqualTo(2);
    }

    private TestClient.Answer get(String path, String user) {
        return TestClient.on(port).get(path, Map.of("Authorization", TestAccounts.basic(user)));
    }

    private JsonNode body(TestClient.Answer answer) throws Exception {
        return json.readTree(answer.body());
    }

    private List<JsonNode> receiptReminders(TestClient.Answer answer) throws Exception {
        return receiptReminders(body(answer));
    }

    private List<JsonNode> receiptReminders(TestClient.Answer answer, String conventionId) throws Exception {
        return receiptReminders(body(answer), conventionId);
    }

    private List<JsonNode> receiptReminders(JsonNode answer) {
        return receiptReminders(answer, id);
    }

    private List<JsonNode> receiptReminders(JsonNode answer, String conventionId) {
        List<JsonNode> found = new java.util.ArrayList<>();
        answer.path("reminders").forEach(r -> {
            if (r.path("kind").asText().equals("RECEIPT_MISSING") && r.path("conventionId").asText().equals(conventionId)) {
                found.add(r);
            }
        });
        return found;
    }

    private List<String> kinds(JsonNode answer) {
        List<String> kinds = new java.util.ArrayList<>();
        answer.path("reminders").forEach(r -> {
            if (r.path("conventionId").asText().equals(id)) {
                kinds.add(r.path("kind").asText());
            }
        });
        return kinds;
    }

    private static List<String> conventions(JsonNode answer) {
        List<String> ids = new java.util.ArrayList<>();
        answer.path("reminders").forEach(r -> ids.add(r.path("conventionId").asText()));
        return ids;
    }

    private static double value(String scrape, String metric) {
        Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(metric) + "(\\{[^}]*\\})?\\s+(\\S+)").matcher(scrape);
        assertThat(matcher.find()).as("%s in the scrape", metric).isTrue();
        return Double.parseDouble(matcher.group(2));
    }
}
