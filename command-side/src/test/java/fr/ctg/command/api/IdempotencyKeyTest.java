package fr.ctg.command.api;

import fr.ctg.command.CommandSideApplication;
import fr.ctg.platform.security.Accounts;
import fr.ctg.platform.security.Role;
import fr.ctg.platform.security.TestAccounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What an Idempotency-Key covers: concurrent duplicates, the key's owner, refused requests, a request still running. */
@Tag("slow")
@SpringBootTest(classes = CommandSideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyKeyTest {

    private static final String OTHER_COORDINATOR = "test-coordinator-b";
    private static final String PRESENTATION = "{\"sessionDate\":\"2023-09-06\"}";

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    CommandApiClient api;
    String id;
    String base;
    private ExecutorService pool;

    @BeforeEach
    void defineTheSample() {
        id = CommandApiClient.defineFreshSample(http, context);
        api = new CommandApiClient(http, TestAccounts.COORDINATOR);
        base = "/api/v1/conventions/" + id;
    }

    @AfterEach
    void stopThePool() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void twentyConcurrentRequestsWithOneKeyApplyOnceAndEachGetsTheFirstAnswerOrInProgress() throws Exception {
        pool = Executors.newFixedThreadPool(20);
        Map<String, String> key = Map.of("Idempotency-Key", "present-" + id);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CommandApiClient.Answer>> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sent.add(pool.submit(() -> {
                start.await();
                return api.post(base + "/communes/42186/presentation", PRESENTATION, key);
            }));
        }
        start.countDown();
        List<CommandApiClient.Answer> answers = new ArrayList<>();
        for (Future<CommandApiClient.Answer> answer : sent) {
            answers.add(answer.get(60, TimeUnit.SECONDS));
        }

        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");
        List<CommandApiClient.Answer> applied = answers.stream().filter(a -> a.status() == 200
                && "false".equals(a.headers().getFirst("Idempotent-Replayed"))).toList();
        assertThat(applied).as("%s", answers).hasSize(1);
        CommandApiClient.Answer first = applied.get(0);
        assertThat(answers).allSatisfy(answer -> {
            if (answer.status() == 200) {
                assertThat(answer.body()).isEqualTo(first.body());
                assertThat(answer.headers().getETag()).isEqualTo(first.headers().getETag());
            } else {
                assertInProgress(answer);
            }
        });
        assertThat(answers).filteredOn(a -> a.status() == 200).as("answers replayed")
                .filteredOn(a -> "true".equals(a.headers().getFirst("Idempotent-Replayed"))).isNotEmpty();
    }

    @Test
    void aKeyBelongsToItsPrincipalAnotherUserWithTheSameKeyAppliesItsOwnCommand() {
        context.getBean(Accounts.class).create(OTHER_COORDINATOR, TestAccounts.PASSWORD, EnumSet.of(Role.COORDINATOR));
        TestAccounts.assign(context, id, OTHER_COORDINATOR);
        CommandApiClient other = new CommandApiClient(http, OTHER_COORDINATOR);
        Map<String, String> key = Map.of("Idempotency-Key", "shared-" + id);

        CommandApiClient.Answer mine = api.post(base + "/communes/42186/presentation", PRESENTATION, key);
        CommandApiClient.Answer theirs = other.post(base + "/communes/42207/presentation", PRESENTATION, key);

        assertThat(mine.status()).isEqualTo(200);
        assertThat(theirs.status()).as(theirs.body().toString()).isEqualTo(200);
        assertThat(theirs.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");
        assertThat(theirs.body().get("version").asLong()).isEqualTo(2);
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil",
                "PresentedToMunicipalCouncil");
        assertThat(principals()).containsExactly(TestAccounts.ADMIN, TestAccounts.COORDINATOR, OTHER_COORDINATOR);
        // Each retry gets its own principal's first answer.
        assertThat(api.post(base + "/communes/42186/presentation", PRESENTATION, key).body()).isEqualTo(mine.body());
        assertThat(other.post(base + "/communes/42207/presentation", PRESENTATION, key).body())
                .isEqualTo(theirs.body());
        assertThat(types()).hasSize(3);
    }

    @Test
    void aRefusedRequestStoresNothingSoItsKeyStaysFreeUntilARequestSucceedsUnderIt() {
        Map<String, String> key = Map.of("Idempotency-Key", "refused-then-free-" + id);
        String vote = CommandApiClient.vote("2023-09-06", "DEL_2023_064", null);

        CommandApiClient.Answer refused = api.post(base + "/communes/42186/votes", vote, key);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("rule").asText()).isEqualTo("vote-before-presentation");

        CommandApiClient.Answer applied = api.post(base + "/communes/42186/presentation", PRESENTATION, key);
        assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
        assertThat(applied.headers().getFirst("Idempotent-Replayed")).isEqualTo("false");

        CommandApiClient.Answer reused = api.post(base + "/communes/42186/votes", vote, key);
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().get("rule").asText()).isEqualTo("idempotency-key-reused");
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");
    }

    /**
     * The first request is held in its transaction, after its event, by an uncommitted row that the test inserted
     * under the same principal and key; a duplicate waits the configured bound (5 s) for it, then is told to retry.
     */
    @Test
    void aDuplicateOfARequestStillRunningAfterTheWaitIsA409InProgressWithRetryAfter() throws Exception {
        String key = "held-" + id;
        try (Connection holder = jdbc.getDataSource().getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement row = holder.prepareStatement("""
                    INSERT INTO command_idempotency (principal, idempotency_key, request_hash, status, response,
                                                     created_at)
                    VALUES (?, ?, repeat('0', 64), 200, '{}'::jsonb, now())""")) {
                row.setString(1, TestAccounts.COORDINATOR);
                row.setString(2, key);
                row.executeUpdate();
            }
            CompletableFuture<CommandApiClient.Answer> first = CompletableFuture.supplyAsync(() -> api.post(
                    base + "/communes/42186/presentation", PRESENTATION, Map.of("Idempotency-Key", key)));
            await().atMost(Duration.ofSeconds(30)).until(this::aCommandWaitsOnTheHeldRow);

            CommandApiClient.Answer duplicate = api.post(base + "/communes/42186/presentation", PRESENTATION,
                    Map.of("Idempotency-Key", key));

            assertInProgress(duplicate);
            holder.rollback();
            CommandApiClient.Answer applied = first.get(30, TimeUnit.SECONDS);
            assertThat(applied.status()).as(applied.body().toString()).isEqualTo(200);
            CommandApiClient.Answer retried = api.post(base + "/communes/42186/presentation", PRESENTATION,
                    Map.of("Idempotency-Key", key));
            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.body()).isEqualTo(applied.body());
            assertThat(retried.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
        }
        assertThat(types()).containsExactly("ConventionDefined", "PresentedToMunicipalCouncil");
    }

    private boolean aCommandWaitsOnTheHeldRow() {
        return jdbc.queryForObject("""
                SELECT count(*) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO command_idempotency%'""", Long.class) > 0;
    }

    private static void assertInProgress(CommandApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(409);
        assertThat(answer.body().get("rule").asText()).isEqualTo("idempotency-key-in-progress");
        assertThat(answer.headers().getFirst("Retry-After")).isNotBlank();
    }

    private List<String> types() {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, id).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    private List<String> principals() {
        return jdbc.queryForList("SELECT meta_data ->> 'principal' FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", String.class, id);
    }
}
