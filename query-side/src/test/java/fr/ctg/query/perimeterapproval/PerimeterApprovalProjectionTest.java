package fr.ctg.query.perimeterapproval;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import fr.ctg.query.support.SharedFold;
import fr.ctg.query.support.History;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.FindPerimeterApproval;
import fr.ctg.route.query.FindPerimeterApprovals;
import fr.ctg.route.query.PerimeterApprovalView;
import fr.ctg.route.query.RouteStep;
import fr.ctg.route.query.RouteTotals;
import fr.ctg.route.query.SignatureBlocker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.C;
import static fr.ctg.query.support.TestConvention.D;
import static fr.ctg.query.support.TestConvention.E;
import static fr.ctg.query.support.TestConvention.EPCI;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestConvention.published;
import static fr.ctg.query.support.TestConvention.vote;
import static fr.ctg.query.support.TestConvention.withParties;
import static org.assertj.core.api.Assertions.assertThat;

class PerimeterApprovalProjectionTest {

    private static final String ID = "ctg-test";
    private static final LocalDate DAY = LocalDate.of(2023, 9, 6);

    private final PerimeterApprovalProjection projection = new PerimeterApprovalProjection(ReadModelDatabase.jdbc());

    @BeforeEach
    void clear() {
        ReadModelDatabase.clear(projection.tables());
    }

    /** P1: A executory, B adopted and transmitted. P2: C rejected, D withdrawn, E not presented. */
    private History route() {
        return new History()
                .add(defined(ID))
                .add(new PresentedToMunicipalCouncil(ID, A, DAY))
                .add(vote(ID, A, DAY, VoteOutcome.ADOPTED))
                .add(new PrefectureTransmissionRecorded(ID, A, DAY, DAY, null))
                .add(published(ID, A, DAY.plusDays(1)))
                .add(new DeliberationBecameExecutory(ID, A, DAY.plusDays(1)))
                .add(new PresentedToMunicipalCouncil(ID, B, DAY))
                .add(vote(ID, B, DAY, VoteOutcome.ADOPTED))
                .add(new PrefectureTransmissionRecorded(ID, B, DAY, DAY, null))
                .add(new PresentedToMunicipalCouncil(ID, C, DAY))
                .add(vote(ID, C, DAY, VoteOutcome.REJECTED))
                .add(new CommuneWithdrawn(ID, D, DAY, "reason"));
    }

    @Test
    void countsSharesAndBlockersPerPerimeter() {
        route().deliverTo(projection);

        List<PerimeterApprovalView> perimeters = projection.handle(new FindPerimeterApprovals(ID)).perimeters();

        assertThat(perimeters).extracting(PerimeterApprovalView::perimeterCode).containsExactly("P1", "P2");
        RouteTotals p1 = perimeters.get(0).totals();
        assertThat(p1.communes()).isEqualTo(2);
        assertThat(p1.stages()).containsEntry(CommuneStage.EXECUTORY, 1).containsEntry(CommuneStage.ADOPTED, 1);
        assertThat(p1.executoryCommunes()).isEqualTo(1);
        assertThat(p1.communeShareExecutory()).isEqualByComparingTo("0.5");
        assertThat(p1.population()).isEqualTo(4000);
        assertThat(p1.executoryPopulation()).isEqualTo(1000);
        assertThat(p1.populationShareExecutory()).isEqualTo(new BigDecimal("0.2500"));
        assertThat(perimeters.get(0).blockers()).containsExactly(
                new SignatureBlocker(B, "Bravo", "P1", CommuneStage.ADOPTED, List.of(RouteStep.PUBLICATION)));

        RouteTotals p2 = perimeters.get(1).totals();
        assertThat(p2.stages()).isEqualTo(Map.of(CommuneStage.NOT_PRESENTED, 1, CommuneStage.PRESENTED, 0,
                CommuneStage.ADOPTED, 0, CommuneStage.REJECTED, 1, CommuneStage.EXECUTORY, 0,
                CommuneStage.ANNULLED, 0, CommuneStage.RETRACTED, 0, CommuneStage.WITHDRAWN, 1));
        assertThat(p2.remainingCommunes()).isEqualTo(2);
        assertThat(p2.population()).isEqualTo(5500);
        assertThat(p2.communeShareExecutory()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(p2.blockingCommunes()).isEqualTo(2);
        assertThat(perimeters.get(1).blockers()).containsExactly(
                new SignatureBlocker(C, "Charlie", "P2", CommuneStage.REJECTED,
                        List.of(RouteStep.PRESENTATION, RouteStep.ADOPTED_VOTE, RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PUBLICATION)),
                new SignatureBlocker(E, "Echo", "P2", CommuneStage.NOT_PRESENTED,
                        List.of(RouteStep.PRESENTATION, RouteStep.ADOPTED_VOTE, RouteStep.PREFECTURE_TRANSMISSION,
                                RouteStep.PUBLICATION)));
    }

    @Test
    void anAnnulledOrRetractedCommuneBlocksAgainLackingEveryStepAndIsCountedInItsStage() {
        route().add(new DeliberationAnnulled(ID, A, DAY.plusDays(90), "TA de Lyon", "2301234"))
                .add(new DeliberationRetracted(ID, B, DAY.plusDays(30), "erreur"))
                .deliverTo(projection);

        PerimeterApprovalView p1 = projection.handle(new FindPerimeterApproval(ID, "P1"));

        assertThat(p1.totals().stages()).containsEntry(CommuneStage.ANNULLED, 1)
                .containsEntry(CommuneStage.RETRACTED, 1).containsEntry(CommuneStage.EXECUTORY, 0);
        assertThat(p1.totals().executoryCommunes()).isZero();
        assertThat(p1.totals().remainingCommunes()).isEqualTo(2);
        assertThat(p1.totals().blockingCommunes()).isEqualTo(2);
        List<RouteStep> everyStep = List.of(RouteStep.PRESENTATION, RouteStep.ADOPTED_VOTE,
                RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PUBLICATION);
        assertThat(p1.blockers()).containsExactly(
                new SignatureBlocker(A, "Alpha", "P1", CommuneStage.ANNULLED, everyStep),
                new SignatureBlocker(B, "Bravo", "P1", CommuneStage.RETRACTED, everyStep));
    }

    @Test
    void theEpcisRouteCountsInNoPerimeter() {
        new History().add(withParties(ID))
                .add(new PresentedToMunicipalCouncil(ID, EPCI, DAY))
                .add(vote(ID, EPCI, DAY, VoteOutcome.ADOPTED))
                .deliverTo(projection);

        List<PerimeterApprovalView> perimeters = projection.handle(new FindPerimeterApprovals(ID)).perimeters();

        assertThat(perimeters).extracting(perimeter -> perimeter.totals().communes()).containsExactly(2, 3);
        assertThat(perimeters).extracting(perimeter -> perimeter.totals().stages().get(CommuneStage.NOT_PRESENTED))
                .containsExactly(2, 3);
    }

    @Test
    void onePerimeterByCodeAndNothingForAnUnknownOne() {
        route().deliverTo(projection);

        PerimeterApprovalView p2 = projection.handle(new FindPerimeterApproval(ID, "P2"));

        assertThat(p2.perimeterName()).isEqualTo("Périmètre 2");
        assertThat(p2.totals().communes()).isEqualTo(3);
        assertThat(projection.handle(new FindPerimeterApproval(ID, "P9"))).isNull();
        assertThat(projection.handle(new FindPerimeterApprovals("unknown"))).isNull();
    }

    @Test
    void deliveringTheSameEventsTwiceChangesNothing() {
        Idempotence.assertRedeliveryChangesNothing(projection, route().events());
        assertThat(projection.handle(new FindPerimeterApproval(ID, "P1")).totals().executoryCommunes()).isEqualTo(1);
    }

    @Test
    void aBatchOfTheRouteLeavesTheTablesAsWhenHandledOneByOne() {
        Idempotence.assertOneBatchEndsAsOneByOne(projection, route().events());
    }

    @Test
    void theLegalRouteDeliveredAgainOrInOneBatchChangesNothing() {
        Idempotence.assertTheLegalRouteIsHandledOnceWhateverTheDelivery(projection);
    }

    @Test
    void blockersAndStagesAreThoseOfTheSharedFoldOfEachCommunesEvents() {
        SharedFold.assertTheHistoriesReachEveryStageAndMissingStep();
        for (List<Object> events : SharedFold.histories()) {
            ReadModelDatabase.clear(projection.tables());
            SharedFold.asHistory(events).deliverTo(projection);

            SharedFold.folded(events).forEach((conventionId, communes) -> {
                Map<String, List<RouteStep>> expectedMissing = new LinkedHashMap<>();
                Map<CommuneStage, Integer> expectedStages = new EnumMap<>(CommuneStage.class);
                Arrays.stream(CommuneStage.values()).forEach(stage -> expectedStages.put(stage, 0));
                communes.forEach((insee, state) -> {
                    if (SharedFold.isEpci(insee)) {
                        return; // the EPCI belongs to no perimeter: its route counts in none
                    }
                    expectedStages.merge(state.stage(), 1, Integer::sum);
                    if (state.progress().blocksSignature()) {
                        expectedMissing.put(insee + " " + state.stage(), state.missing());
                    }
                });

                Map<String, List<RouteStep>> projectedMissing = new LinkedHashMap<>();
                Map<CommuneStage, Integer> projectedStages = new EnumMap<>(CommuneStage.class);
                for (PerimeterApprovalView perimeter : projection.handle(new FindPerimeterApprovals(conventionId))
                        .perimeters()) {
                    perimeter.totals().stages().forEach((stage, count) -> projectedStages.merge(stage, count,
                            Integer::sum));
                    perimeter.blockers().forEach(blocker -> projectedMissing.put(
                            blocker.inseeCode() + " " + blocker.stage(), blocker.missing()));
                }
                assertThat(projectedMissing).as(conventionId).containsExactlyEntriesOf(expectedMissing);
                assertThat(projectedStages).as(conventionId).isEqualTo(expectedStages);
            });
        }
    }
}
