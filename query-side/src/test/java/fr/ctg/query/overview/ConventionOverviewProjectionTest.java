package fr.ctg.query.overview;

import java.util.Map;
import java.util.LinkedHashMap;
import fr.ctg.query.support.SharedFold;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionStage;
import fr.ctg.convention.query.ConventionSummary;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.support.History;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.Signatory;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.C;
import static fr.ctg.query.support.TestConvention.D;
import static fr.ctg.query.support.TestConvention.E;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestConvention.vote;
import static org.assertj.core.api.Assertions.assertThat;

class ConventionOverviewProjectionTest {

    private static final String ID = "ctg-test";

    private final ConventionOverviewProjection projection = new ConventionOverviewProjection(ReadModelDatabase.jdbc());

    @BeforeEach
    void clear() {
        ReadModelDatabase.clear(projection.tables());
    }

    private ConventionOverviewView overview() {
        return projection.handle(new FindConventionOverview(ID));
    }

    private static History executory(History history, String insee, LocalDate on, VoteOutcome... votes) {
        history.add(new PresentedToMunicipalCouncil(ID, insee, on));
        for (VoteOutcome outcome : votes) {
            history.add(vote(ID, insee, on, outcome));
        }
        return history.add(new DeliberationBecameExecutory(ID, insee, on.plusDays(10)));
    }

    private History untilSigned() {
        History history = new History().add(defined(ID));
        executory(history, A, LocalDate.of(2023, 6, 1), VoteOutcome.REJECTED, VoteOutcome.ADOPTED);
        executory(history, B, LocalDate.of(2023, 6, 5), VoteOutcome.ADOPTED);
        executory(history, C, LocalDate.of(2023, 6, 8), VoteOutcome.ADOPTED);
        executory(history, E, LocalDate.of(2023, 6, 9), VoteOutcome.ADOPTED);
        history.add(new CommuneWithdrawn(ID, D, LocalDate.of(2023, 7, 1), "reason"));
        return history.add(new ConventionSigned(ID, LocalDate.of(2023, 10, 2),
                List.of(new Signatory("Jeanne Martin", "Présidente", "Caf de la Loire"))));
    }

    @Test
    void aDefinedConventionIsDefiningWithEveryCommuneBlocking() {
        History history = new History().add(defined(ID));
        history.deliverTo(projection);

        ConventionOverviewView view = overview();

        assertThat(view.stage()).isEqualTo(ConventionStage.DEFINING);
        assertThat(view.name()).isEqualTo("CTG " + ID);
        assertThat(view.period()).isEqualTo(new Period(2023, 2027));
        assertThat(view.milestones().definedAt()).isEqualTo(History.START.plusSeconds(1));
        assertThat(view.route().communes()).isEqualTo(5);
        assertThat(view.route().blockingCommunes()).isEqualTo(5);
        assertThat(view.route().population()).isEqualTo(10000);
    }

    @Test
    void theRouteStartsWithAPresentationAndIsReadyWhenTheLastBlockerWithdraws() {
        History history = untilSigned();
        List<org.axonframework.eventhandling.TrackedEventMessage<?>> events = history.events();
        History.deliver(projection, events.subList(0, 2));
        assertThat(overview().stage()).isEqualTo(ConventionStage.ROUTE_IN_PROGRESS);

        History.deliver(projection, events.subList(2, events.size() - 2));
        assertThat(overview().stage()).isEqualTo(ConventionStage.ROUTE_IN_PROGRESS);
        assertThat(overview().route().blockingCommunes()).isEqualTo(1);

        History.deliver(projection, events.subList(events.size() - 2, events.size() - 1));
        ConventionOverviewView ready = overview();
        assertThat(ready.stage()).isEqualTo(ConventionStage.READY_TO_SIGN);
        assertThat(ready.milestones().readyToSignOn()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(ready.route().blockingCommunes()).isZero();
        assertThat(ready.route().communeShareExecutory()).isEqualTo(new BigDecimal("1.0000"));
        assertThat(ready.route().stages()).containsEntry(CommuneStage.WITHDRAWN, 1)
                .containsEntry(CommuneStage.EXECUTORY, 4);
    }

    @Test
    void aSignedConventionKeepsItsMilestonesAndSignatories() {
        untilSigned().deliverTo(projection);

        ConventionOverviewView view = overview();

        assertThat(view.stage()).isEqualTo(ConventionStage.SIGNED);
        assertThat(view.milestones().firstPresentationOn()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(view.milestones().firstVoteOn()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(view.milestones().firstAdoptionOn()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(view.milestones().firstExecutoryOn()).isEqualTo(LocalDate.of(2023, 6, 11));
        assertThat(view.milestones().signedOn()).isEqualTo(LocalDate.of(2023, 10, 2));
        assertThat(view.signatories()).containsExactly(
                new Signatory("Jeanne Martin", "Présidente", "Caf de la Loire"));
        assertThat(view.route().population()).isEqualTo(9500);
        assertThat(view.route().executoryPopulation()).isEqualTo(9500);
    }

    @Test
    void milestonesKeepTheEarliestDateEvenWhenRecordedLater() {
        new History().add(defined(ID))
                .add(new PresentedToMunicipalCouncil(ID, B, LocalDate.of(2023, 9, 4)))
                .add(new PresentedToMunicipalCouncil(ID, A, LocalDate.of(2023, 6, 1)))
                .deliverTo(projection);

        assertThat(overview().milestones().firstPresentationOn()).isEqualTo(LocalDate.of(2023, 6, 1));
    }

    @Test
    void listsConventionsByIdentifierWithPaging() {
        new History().add(defined("ctg-b")).add(defined("ctg-a")).add(defined("ctg-c")).deliverTo(projection);

        List<ConventionSummary> first = projection.handle(new ListConventions(new PageRequest(0, 2))).items();

        assertThat(first).extracting(ConventionSummary::conventionId).containsExactly("ctg-a", "ctg-b");
        assertThat(projection.handle(new ListConventions(new PageRequest(1, 2))).items())
                .extracting(ConventionSummary::conventionId).containsExactly("ctg-c");
        assertThat(projection.handle(new ListConventions(new PageRequest(0, 2))).totalItems()).isEqualTo(3);
        assertThat(projection.handle(new FindConventionOverview("unknown"))).isNull();
    }

    @Test
    void deliveringTheSameEventsTwiceChangesNothing() {
        Idempotence.assertRedeliveryChangesNothing(projection, untilSigned().events());
        assertThat(overview().stage()).isEqualTo(ConventionStage.SIGNED);
    }

    @Test
    void aBatchOfTheRouteLeavesTheTablesAsWhenHandledOneByOne() {
        Idempotence.assertOneBatchEndsAsOneByOne(projection, untilSigned().events());
    }

    @Test
    void communeStagesAndReadinessAreThoseOfTheSharedFoldOfEachCommunesEvents() {
        SharedFold.assertTheHistoriesReachEveryStageAndMissingStep();
        for (List<Object> events : SharedFold.histories()) {
            ReadModelDatabase.clear(projection.tables());
            SharedFold.asHistory(events).deliverTo(projection);

            SharedFold.folded(events).forEach((conventionId, communes) -> {
                Map<String, String> expected = new LinkedHashMap<>();
                communes.forEach((insee, state) -> expected.put(insee, state.stage().name()));
                Map<String, String> projected = new LinkedHashMap<>();
                ReadModelDatabase.jdbc().query(
                        "SELECT insee_code, stage FROM convention_overview_commune WHERE convention_id = ?",
                        rs -> {
                            projected.put(rs.getString("insee_code"), rs.getString("stage"));
                        }, conventionId);
                assertThat(projected).as(conventionId).containsExactlyInAnyOrderEntriesOf(expected);

                boolean blocked = communes.values().stream().anyMatch(state -> state.progress().blocksSignature());
                boolean someRemain = communes.values().stream().anyMatch(state -> state.stage().inConvention());
                ConventionOverviewView view = projection.handle(new FindConventionOverview(conventionId));
                ConventionStage stage = view.stage();
                if (stage == ConventionStage.READY_TO_SIGN || stage == ConventionStage.SIGNED) {
                    assertThat(blocked).as(conventionId + " is " + stage).isFalse();
                } else {
                    assertThat(blocked || !someRemain).as(conventionId + " is " + stage).isTrue();
                }
                assertThat(view.route().blockingCommunes()).as(conventionId)
                        .isEqualTo((int) communes.values().stream()
                                .filter(state -> state.progress().blocksSignature()).count());
            });
        }
    }
}
