package fr.ctg.query.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ctg.actionplan.indicator.query.FindConventionIndicators;
import fr.ctg.actionplan.indicator.query.IndicatorList;
import fr.ctg.actionplan.query.ActionProgressView;
import fr.ctg.actionplan.query.FindActionProgress;
import fr.ctg.amendment.PlanDiff;
import fr.ctg.amendment.query.AmendmentView;
import fr.ctg.amendment.query.FindAmendment;
import fr.ctg.amendment.query.FindPlanDiff;
import fr.ctg.amendment.query.FindPlanInForce;
import fr.ctg.amendment.query.FindPlanVersions;
import fr.ctg.amendment.query.PlanInForceView;
import fr.ctg.amendment.query.PlanVersionList;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionSummaryPage;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.platform.testing.TestClient;
import fr.ctg.query.QuerySideApplication;
import fr.ctg.query.processing.ProcessorNames;
import fr.ctg.query.processing.ProcessorPositions;
import fr.ctg.query.processing.ReadModel;
import fr.ctg.query.support.EventAppender;
import fr.ctg.query.support.RandomHistory;
import fr.ctg.query.support.ReadModelDatabase;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.FindCommuneApprovals;
import fr.ctg.route.query.FindEpciApproval;
import fr.ctg.route.query.FindPerimeterApprovals;
import fr.ctg.route.query.PerimeterApprovalList;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Property: for any valid history, the views rebuilt from the event store equal the live ones, row for row. A
 * history of at least 10,000 random valid events over 30 interleaved conventions (seed printed on failure; rerun
 * one with -Dctg.seed=...) is projected live, read, rebuilt through the admin endpoint and compared.
 */
@Tag("slow")
@SpringBootTest(classes = QuerySideApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RebuildEqualsLiveTest {

    @Autowired
    org.springframework.context.ApplicationContext accountsContext;

    /** Views, metrics and the rebuild are all open to an administrator. */
    private String signIn() {
        fr.ctg.platform.security.TestAccounts.createAll(accountsContext);
        return fr.ctg.platform.security.TestAccounts.basic(fr.ctg.platform.security.TestAccounts.ADMIN);
    }

    private static final int CONVENTIONS = 30;

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<ReadModel> readModels;
    @Autowired
    ProcessorPositions positions;
    @Autowired
    QueryGateway queries;
    @Autowired
    ObjectMapper json;

    @Test
    void rebuiltViewsEqualTheLiveOnesRowForRow() throws Exception {
        long seed = Long.getLong("ctg.seed", System.nanoTime());
        List<Object> history = new RandomHistory(seed).generate(CONVENTIONS, 10_000);
        EventAppender appender = new EventAppender(eventStore, jdbc);
        long head = 0;
        for (int from = 0; from < history.size(); from += 500) {
            head = appender.append(history.subList(from, Math.min(history.size(), from + 500)));
        }
        assertThat(head).as("seed %d", seed).isGreaterThanOrEqualTo(10_000);
        assertThat(history.stream().map(e -> e.getClass().getSimpleName()).distinct())
                .as("the history exercises every event type").hasSize(42);
        awaitAll(head);
        List<String> tables = readModels.stream().flatMap(m -> m.tables().stream()).toList();
        Map<String, List<String>> live = ReadModelDatabase.snapshot(jdbc, tables);
        List<Object> liveViews = readEveryView();
        // Damage every view: only a real replay from the store can repair them.
        jdbc.update("UPDATE commune_approval SET commune_name = 'damaged'");
        jdbc.update("UPDATE perimeter_approval_commune SET population = 0");
        jdbc.update("UPDATE convention_overview SET name = 'damaged'");
        jdbc.update("UPDATE convention_overview_party SET signed_on = NULL");
        jdbc.update("DELETE FROM action_progress WHERE ordinal = 0");
        jdbc.update("UPDATE indicator_measure SET value = 0, corrections = '[]'");
        jdbc.update("DELETE FROM plan_event WHERE sequence_number % 3 = 1");

        TestClient.Answer started = post("/api/v1/admin/rebuild");
        assertThat(started.status()).isEqualTo(202);
        TestClient.Answer during = get("/api/v1/conventions/ctg-r0/communes");
        assertThat(during.status()).as("a view answers 503 while rebuilt").isEqualTo(503);
        assertThat(json.readTree(during.body()).path("rule").asText()).isEqualTo("view-rebuilding");
        assertThat(during.header("Retry-After")).isPresent();

        JsonNode progress = awaitRebuild();
        assertThat(progress.path("eventsTotal").asLong()).isEqualTo(head);
        assertThat(progress.path("eventsDone").asLong()).isEqualTo(head);
        assertThat(progress.path("processors")).hasSize(ProcessorNames.ALL.size());
        Map<String, List<String>> rebuilt = ReadModelDatabase.snapshot(jdbc, tables);
        for (String table : tables) {
            assertThat(rebuilt.get(table)).as("table %s, seed %d", table, seed).isNotEmpty()
                    .containsExactlyElementsOf(live.get(table));
        }
        assertThat(readEveryView()).as("seed %d", seed).isEqualTo(liveViews);
        assertThat(get("/api/v1/conventions/ctg-r0/communes").status()).isEqualTo(200);
        // Handed back: every view's own processor runs again, from the position the one pass reached.
        long rebuiltHead = head;
        await("processors handed back").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String name : ProcessorNames.ALL) {
                assertThat(positions.processor(name)).get().satisfies(p -> assertThat(p.isRunning()).isTrue());
                assertThat(positions.reached(name, rebuiltHead)).isTrue();
            }
        });
    }

    @Test
    void everyReadModelIsFilledByAPooledStreamingProcessor() {
        for (String name : ProcessorNames.ALL) {
            assertThat(positions.processor(name)).get().isInstanceOf(PooledStreamingEventProcessor.class);
        }
        assertThat(readModels).extracting(ReadModel::processorName)
                .containsExactlyInAnyOrderElementsOf(ProcessorNames.ALL);
    }

    private List<Object> readEveryView() {
        List<Object> views = new ArrayList<>();
        views.add(queries.query(new ListConventions(new PageRequest(0, 500)),
                ResponseTypes.instanceOf(ConventionSummaryPage.class)).join());
        for (String id : IntStream.range(0, CONVENTIONS).mapToObj(i -> "ctg-r" + i).toList()) {
            views.add(queries.query(new FindConventionOverview(id),
                    ResponseTypes.instanceOf(ConventionOverviewView.class)).join());
            views.add(queries.query(new FindCommuneApprovals(id, null, null, new PageRequest(0, 500)),
                    ResponseTypes.instanceOf(CommuneApprovalPage.class)).join());
            views.add(java.util.Optional.ofNullable(queries.query(new FindEpciApproval(id),
                    ResponseTypes.instanceOf(CommuneApprovalView.class)).join()));
            views.add(queries.query(new FindPerimeterApprovals(id),
                    ResponseTypes.instanceOf(PerimeterApprovalList.class)).join());
            views.add(queries.query(new FindActionProgress(id, null, null, null, null, null, false,
                            LocalDate.of(2026, 3, 1), new PageRequest(0, 500)),
                    ResponseTypes.instanceOf(ActionProgressView.class)).join());
            views.add(queries.query(new FindConventionIndicators(id, 2026),
                    ResponseTypes.instanceOf(IndicatorList.class)).join());
            views.add(queries.query(new FindPlanVersions(id), ResponseTypes.instanceOf(PlanVersionList.class)).join());
            views.add(queries.query(new FindPlanInForce(id, LocalDate.of(2025, 6, 1)),
                    ResponseTypes.instanceOf(PlanInForceView.class)).join());
            views.add(java.util.Optional.ofNullable(queries.query(new FindPlanDiff(id, 1, 2),
                    ResponseTypes.instanceOf(PlanDiff.class)).join()));
            views.add(java.util.Optional.ofNullable(queries.query(new FindAmendment(id, 1),
                    ResponseTypes.instanceOf(AmendmentView.class)).join()));
        }
        assertThat(views).doesNotContainNull();
        return views;
    }

    private void awaitAll(long head) {
        await("processors catch up").atMost(Duration.ofSeconds(240)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200))
                .until(() -> ProcessorNames.ALL.stream().allMatch(p -> positions.reached(p, head)));
    }

    private JsonNode awaitRebuild() {
        AtomicReference<JsonNode> progress = new AtomicReference<>();
        await("rebuild ends").atMost(Duration.ofSeconds(240)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(200)).until(() -> {
                    progress.set(json.readTree(get("/api/v1/admin/rebuild").body()));
                    return !progress.get().path("running").asBoolean();
                });
        return progress.get();
    }

    private TestClient.Answer get(String path) {
        return TestClient.on(port).get(path, Map.of("Authorization", signIn()));
    }

    /** A POST with no body. */
    private TestClient.Answer post(String path) {
        return TestClient.on(port).post(path, null, Map.of("Authorization", signIn()));
    }
}
