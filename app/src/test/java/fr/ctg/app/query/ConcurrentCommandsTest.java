package fr.ctg.app.query;

import com.fasterxml.jackson.databind.JsonNode;
import fr.ctg.app.CtgApplication;
import fr.ctg.platform.security.TestAccounts;
import fr.ctg.platform.testing.TestClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14 §8: many commands at once on one convention, none with If-Match. A command that loses the race to append
 * is run again against the new state, so only a broken rule could refuse one, and none is broken here; keyed
 * duplicates sent while other traffic runs all get the first answer.
 */
@Tag("slow")
@SpringBootTest(classes = CtgApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentCommandsTest {

    private static final List<String> ACTIONS = List.of("pe-01", "pe-02", "pe-03", "pe-04", "pe-05", "pe-06", "pe-07",
            "pe-08", "par-01", "par-02", "ej-01", "ej-02", "ej-03", "ej-04", "ej-05", "ej-06", "ej-07", "ej-08", "ej-09",
            "ej-10", "ej-11", "avs-01", "avs-02", "avs-03", "avs-04", "avs-05", "avs-06");
    private static final List<String> FINAL_STATUSES = List.of("DONE", "POSTPONED", "IN_PROGRESS");

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @LocalServerPort
    int port;

    private final List<ExecutorService> pools = new ArrayList<>();

    record Sent(String path, int status, String body, String replayed, String retryAfter) {

        JsonNode json() {
            return Api.read(body);
        }

        String rule() {
            return status == 200 ? "" : json().path("rule").asText();
        }
    }

    @AfterEach
    void stopThePools() {
        pools.forEach(ExecutorService::shutdownNow);
    }

    /**
     * Each commune's route (presentation, vote, transmission, publication) and each action's four status updates run
     * in order, and all of them at once on 16 threads: 196 commands on one aggregate.
     */
    @Test
    void sixteenThreadsWithoutIfMatchAreNeverRefusedForAConflictAndTheEventsAndViewsAreExact() throws Exception {
        String id = "ctg-gier-concurrent";
        Api api = new Api(context, port, port);
        api.command("/api/v1/conventions", Api.sampleAs(id));
        String base = "/api/v1/conventions/" + id;
        double rerunsBefore = reruns();

        List<Callable<List<Sent>>> sequences = new ArrayList<>();
        int number = 1;
        for (String insee : SampleRoute.SIRENS.keySet()) {
            String deliberation = "DEL_" + number++;
            sequences.add(() -> route(base, insee, deliberation));
        }
        for (int i = 0; i < ACTIONS.size(); i++) {
            String action = ACTIONS.get(i);
            String last = FINAL_STATUSES.get(i % 3);
            sequences.add(() -> statuses(base, action, last));
        }
        List<Sent> answers = runAll(16, sequences);

        assertThat(answers).hasSize(22 * 4 + 27 * 4);
        assertThat(answers).filteredOn(sent -> sent.status() != 200).as("refused").isEmpty();
        assertThat(reruns() - rerunsBefore).as("commands re-run after losing a race: the test did race")
                .isPositive();
        assertThat(eventCounts(id)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ConventionDefined", 1L, "PresentedToMunicipalCouncil", 22L, "CouncilVoteRecorded", 22L,
                "PrefectureTransmissionRecorded", 22L, "DeliberationPublished", 22L,
                "DeliberationBecameExecutory", 22L, "ActionStatusUpdated", 27L * 4));
        assertSequencesContiguous(id);

        long head = answers.stream().mapToLong(sent -> sent.json().path("position").asLong()).max().orElseThrow();
        JsonNode overview = view(api, base, head);
        assertThat(overview.path("stage").asText()).isEqualTo("READY_TO_SIGN");
        assertThat(overview.path("route").path("stages").path("EXECUTORY").asInt()).isEqualTo(22);
        assertThat(view(api, base + "/communes?stage=EXECUTORY&size=50", head).path("totalItems").asInt())
                .isEqualTo(22);
        JsonNode byStatus = view(api, base + "/action-progress?size=50", head).path("totals").path("byStatus");
        assertThat(byStatus.path("DONE").asInt()).isEqualTo(9);
        assertThat(byStatus.path("POSTPONED").asInt()).isEqualTo(9);
        assertThat(byStatus.path("IN_PROGRESS").asInt()).isEqualTo(9);
        assertThat(byStatus.path("PLANNED").asInt()).isZero();
    }

    /**
     * Three threads update actions without a key the whole time; meanwhile 12 concurrent duplicates of each keyed
     * presentation, then of each keyed vote, are sent, and once they are answered one more late retry.
     */
    @Test
    void keyedDuplicatesSentDuringOtherTrafficAllGetTheFirstAnswerOrInProgress() throws Exception {
        String id = "ctg-gier-duplicates";
        Api api = new Api(context, port, port);
        api.command("/api/v1/conventions", Api.sampleAs(id));
        String base = "/api/v1/conventions/" + id;

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService traffic = pool(3);
        List<Future<List<Sent>>> others = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int thread = t;
            others.add(traffic.submit(() -> otherTraffic(base, thread, running)));
        }
        List<String> communes = List.copyOf(SampleRoute.SIRENS.keySet()).subList(0, 5);
        List<List<Sent>> rounds = new ArrayList<>();
        for (String insee : communes) {
            rounds.add(duplicates(base + "/communes/" + insee + "/presentation",
                    "{\"sessionDate\":\"2023-09-04\"}", "present-" + insee));
            rounds.add(duplicates(base + "/communes/" + insee + "/votes", """
                    {"sessionDate":"2023-09-11","membersInOffice":11,"present":10,"votesFor":8,"votesAgainst":1,
                     "abstentions":1,"notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"DEL_%s"}""".formatted(insee), "vote-" + insee));
        }
        running.set(false);
        List<Sent> otherAnswers = new ArrayList<>();
        for (Future<List<Sent>> thread : others) {
            otherAnswers.addAll(thread.get(60, TimeUnit.SECONDS));
        }

        for (List<Sent> round : rounds) {
            List<Sent> applied = round.stream().filter(s -> s.status() == 200 && "false".equals(s.replayed())).toList();
            assertThat(applied).as("%s", round).hasSize(1);
            JsonNode first = applied.get(0).json();
            assertThat(round).as("%s", round).allSatisfy(sent -> {
                if (sent.status() == 200) {
                    assertThat(sent.json()).isEqualTo(first);
                } else {
                    assertThat(sent.status()).isEqualTo(409);
                    assertThat(sent.rule()).isEqualTo("idempotency-key-in-progress");
                    assertThat(sent.retryAfter()).isNotBlank();
                }
            });
            Sent late = round.get(round.size() - 1);
            assertThat(late.status()).as("the late retry").isEqualTo(200);
            assertThat(late.replayed()).isEqualTo("true");
        }
        assertThat(otherAnswers).isNotEmpty();
        assertThat(otherAnswers).filteredOn(sent -> sent.status() != 200).as("other traffic refused").isEmpty();
        assertThat(eventCounts(id)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ConventionDefined", 1L, "PresentedToMunicipalCouncil", 5L, "CouncilVoteRecorded", 5L,
                "ActionStatusUpdated", (long) otherAnswers.size()));
        assertSequencesContiguous(id);
    }

    private List<Sent> route(String base, String insee, String deliberation) {
        String commune = base + "/communes/" + insee;
        String actesId = "042-" + SampleRoute.SIRENS.get(insee) + "-20230911-" + deliberation + "-DE";
        return List.of(
                post(commune + "/presentation", "{\"sessionDate\":\"2023-09-04\"}", Map.of()),
                post(commune + "/votes", """
                        {"sessionDate":"2023-09-11","membersInOffice":11,"present":10,"votesFor":8,"votesAgainst":1,
                         "abstentions":1,"notTakingPart":0,"ballot":"PUBLIC","deliberationNumber":"%s"}""".formatted(deliberation), Map.of()),
                post(commune + "/transmission", "{\"sentOn\":\"2023-09-18\",\"receivedOn\":\"2023-09-18\","
                        + "\"actesId\":\"" + actesId + "\"}", Map.of()),
                post(commune + "/publication", "{\"publishedOn\":\"2023-09-20\",\"url\":\"https://www.example.fr/deliberations.pdf\"}", Map.of()));
    }

    private List<Sent> statuses(String base, String action, String last) {
        return List.of(
                post(base + "/actions/" + action + "/status", status("IN_PROGRESS", "2024-01-10"), Map.of()),
                post(base + "/actions/" + action + "/status", status("POSTPONED", "2024-03-01"), Map.of()),
                post(base + "/actions/" + action + "/status", status("IN_PROGRESS", "2024-05-01"), Map.of()),
                post(base + "/actions/" + action + "/status", status(last, "2024-06-30"), Map.of()));
    }

    private List<Sent> otherTraffic(String base, int thread, AtomicBoolean running) {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; running.get(); i++) {
            String action = ACTIONS.get((thread * 9 + i) % ACTIONS.size());
            sent.add(post(base + "/actions/" + action + "/status",
                    status(i % 2 == 0 ? "IN_PROGRESS" : "POSTPONED", "2024-01-10"), Map.of()));
        }
        return sent;
    }

    /** 12 concurrent sends of one keyed request, then one more once they are answered. */
    private List<Sent> duplicates(String path, String body, String key) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<Sent>>> sends = Collections.nCopies(12, () -> {
            start.await();
            return List.of(post(path, body, Map.of("Idempotency-Key", key)));
        });
        ExecutorService pool = pool(12);
        List<Future<List<Sent>>> futures = sends.stream().map(pool::submit).toList();
        start.countDown();
        List<Sent> round = new ArrayList<>();
        for (Future<List<Sent>> future : futures) {
            round.addAll(future.get(60, TimeUnit.SECONDS));
        }
        round.add(post(path, body, Map.of("Idempotency-Key", key)));
        return round;
    }

    private List<Sent> runAll(int threads, List<Callable<List<Sent>>> sequences) throws Exception {
        ExecutorService pool = pool(threads);
        List<Future<List<Sent>>> futures = sequences.stream().map(pool::submit).toList();
        List<Sent> all = new ArrayList<>();
        for (Future<List<Sent>> future : futures) {
            all.addAll(future.get(120, TimeUnit.SECONDS));
        }
        return all;
    }

    private ExecutorService pool(int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        pools.add(pool);
        return pool;
    }

    private static String status(String status, String on) {
        boolean needsReason = status.equals("POSTPONED") || status.equals("ABANDONED");
        return "{\"status\":\"" + status + "\",\"on\":\"" + on + "\",\"note\":\"Revue COPIL\""
                + (needsReason ? ",\"reason\":\"Faute de financement\"" : "") + "}";
    }

    private Sent post(String path, String body, Map<String, String> headers) {
        TestClient.Answer response = TestClient.on(port).as(TestAccounts.COORDINATOR).post(path, body, headers);
        return new Sent(path, response.status(), response.body(), response.header("Idempotent-Replayed").orElse(""),
                response.header("Retry-After").orElse(""));
    }

    private static JsonNode view(Api api, String path, long minPosition) {
        TestClient.Answer response = api.get(TestClient.atLeast(path, minPosition));
        assertThat(response.status()).as("GET %s -> %s", path, response.body()).isEqualTo(200);
        return Api.read(response.body());
    }

    private double reruns() {
        return meters.find("ctg.command.reruns").tag("outcome", "rerun").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private Map<String, Long> eventCounts(String id) {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?",
                        String.class, id).stream()
                .collect(Collectors.groupingBy(type -> type.substring(type.lastIndexOf('.') + 1),
                        Collectors.counting()));
    }

    private void assertSequencesContiguous(String id) {
        Map<String, Object> range = jdbc.queryForMap("""
                SELECT count(*) AS events, min(sequence_number) AS first, max(sequence_number) AS last
                FROM domain_event_entry WHERE aggregate_identifier = ?""", id);
        assertThat(((Number) range.get("first")).longValue()).isZero();
        assertThat(((Number) range.get("last")).longValue() + 1).isEqualTo(((Number) range.get("events")).longValue());
    }
}
