package fr.ctg.query.support;

import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Perimeter;
import fr.ctg.route.BallotType;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;

import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.C;
import static fr.ctg.query.support.TestConvention.D;
import static fr.ctg.query.support.TestConvention.E;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestConvention.vote;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the projections to the shared-kernel's {@link CommuneRouteState}: the same histories go through the fold and
 * through a projection, and where each commune stands must be the same. The projections set stages in SQL from the
 * event alone; this is what shows that gives the fold's answer.
 */
public final class SharedFold {

    private static final long[] SEEDS = {15L, 1515L, 20261201L};
    /** Short histories end with communes halfway (presented, rejected, adopted); long ones mostly at the end. */
    private static final int[] LENGTHS = {60, 250, 1500};

    private SharedFold() {
    }

    /**
     * A fixed history (rejection then re-presentation, vote corrections, withdrawal once adopted, publication before
     * transmission) and random valid histories of several interleaved conventions.
     */
    public static List<List<Object>> histories() {
        List<List<Object>> histories = new ArrayList<>();
        histories.add(fixed("ctg-fold"));
        for (long seed : SEEDS) {
            for (int length : LENGTHS) {
                histories.add(new RandomHistory(seed).generate(6, length));
            }
        }
        return histories;
    }

    /** Per convention, per commune in the definition's order, the fold of its route events. */
    public static Map<String, Map<String, CommuneRouteState>> folded(List<Object> events) {
        Map<String, Map<String, CommuneRouteState>> conventions = new LinkedHashMap<>();
        for (Object event : events) {
            if (event instanceof ConventionDefined defined) {
                Map<String, CommuneRouteState> communes = new LinkedHashMap<>();
                for (Perimeter perimeter : defined.perimeters()) {
                    for (Commune commune : perimeter.communes()) {
                        communes.put(commune.inseeCode(), CommuneRouteState.START);
                    }
                }
                conventions.put(defined.conventionId(), communes);
            } else if (event instanceof CommuneRouteEvent route) {
                conventions.get(route.conventionId()).computeIfPresent(route.communeInseeCode(),
                        (code, state) -> state.apply(route));
            }
        }
        return conventions;
    }

    /** Every stage, and every missing step, at the end of some history: else the comparison would prove little. */
    public static void assertTheHistoriesReachEveryStageAndMissingStep() {
        Set<CommuneStage> stages = EnumSet.noneOf(CommuneStage.class);
        Set<RouteStep> steps = EnumSet.noneOf(RouteStep.class);
        for (List<Object> events : histories()) {
            folded(events).values().forEach(communes -> communes.values().forEach(state -> {
                stages.add(state.stage());
                steps.addAll(state.missing());
            }));
        }
        assertThat(stages).containsExactlyInAnyOrder(CommuneStage.values());
        assertThat(steps).containsExactlyInAnyOrder(RouteStep.values());
    }

    public static History asHistory(List<Object> events) {
        History history = new History();
        events.forEach(history::add);
        return history;
    }

    private static List<Object> fixed(String id) {
        LocalDate day = LocalDate.of(2023, 6, 1);
        VoteCount corrected = new VoteCount(19, 4, 2, 0);
        return List.of(defined(id),
                new PresentedToMunicipalCouncil(id, A, day),
                vote(id, A, day, VoteOutcome.REJECTED),
                new CouncilVoteCorrected(id, A, day, new VoteCount(7, 16, 1, 1), BallotType.PUBLIC, null,
                        VoteOutcome.REJECTED, "coquille"),
                new PresentedToMunicipalCouncil(id, A, day.plusDays(30)),
                vote(id, A, day.plusDays(30), VoteOutcome.ADOPTED),
                new CouncilVoteCorrected(id, A, day.plusDays(30), corrected, BallotType.PUBLIC, null,
                        VoteOutcome.ADOPTED, "coquille"),
                new PrefectureTransmissionRecorded(id, A, day.plusDays(31), day.plusDays(32), null),
                new PresentedToMunicipalCouncil(id, B, day),
                vote(id, B, day, VoteOutcome.ADOPTED),
                new DeliberationPublished(id, B, day.plusDays(2)),
                new PrefectureTransmissionRecorded(id, B, day.plusDays(3), day.plusDays(4), null),
                new DeliberationBecameExecutory(id, B, day.plusDays(4)),
                new PresentedToMunicipalCouncil(id, C, day),
                vote(id, C, day, VoteOutcome.ADOPTED),
                new DeliberationPublished(id, C, day.plusDays(1)),
                new CommuneWithdrawn(id, C, day.plusDays(5), "Quitte l'EPCI"),
                new PresentedToMunicipalCouncil(id, D, day.plusDays(6)),
                new PresentedToMunicipalCouncil(id, E, day.plusDays(6)),
                vote(id, E, day.plusDays(6), VoteOutcome.REJECTED));
    }
}
