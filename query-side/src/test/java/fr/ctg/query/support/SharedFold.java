package fr.ctg.query.support;

import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Perimeter;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CommuneRouteEvent;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.QuorumNotReached;
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
import static fr.ctg.query.support.TestConvention.EPCI;
import static fr.ctg.query.support.TestConvention.published;
import static fr.ctg.query.support.TestConvention.withParties;
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
     * transmission, a letter answered, an annulment, a retraction, the EPCI's route) and random valid histories of
     * several interleaved conventions.
     */
    public static List<List<Object>> histories() {
        List<List<Object>> histories = new ArrayList<>();
        histories.add(fixed());
        for (long seed : SEEDS) {
            for (int length : LENGTHS) {
                histories.add(new RandomHistory(seed).generate(6, length));
            }
        }
        return histories;
    }

    /**
     * Per convention, per council in the definition's order (the communes, then the EPCI when it is a party, keyed
     * by its SIREN), the fold of its route events.
     */
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
                if (defined.parties().epci() != null) {
                    communes.put(defined.parties().epci().siren(), CommuneRouteState.START);
                }
                conventions.put(defined.conventionId(), communes);
            } else if (event instanceof CommuneRouteEvent route) {
                conventions.get(route.conventionId()).computeIfPresent(route.communeInseeCode(),
                        (code, state) -> state.apply(route));
            }
        }
        return conventions;
    }

    /** A council's key is a commune's INSEE code (five characters) or the EPCI's SIREN (nine digits). */
    public static boolean isEpci(String council) {
        return council.length() == 9;
    }

    /**
     * Every stage, every step a council may lack, a suspended and an open control window, each ending, for a commune
     * and for the EPCI, at the end of some history: else the comparison would prove little.
     */
    public static void assertTheHistoriesReachEveryStageAndMissingStep() {
        Set<CommuneStage> stages = EnumSet.noneOf(CommuneStage.class);
        Set<RouteStep> steps = EnumSet.noneOf(RouteStep.class);
        Set<String> controls = new java.util.HashSet<>();
        Set<CommuneStage> epciStages = EnumSet.noneOf(CommuneStage.class);
        for (List<Object> events : histories()) {
            folded(events).values().forEach(communes -> communes.forEach((council, state) -> {
                stages.add(state.stage());
                steps.addAll(state.missing());
                if (state.legality() != null) {
                    controls.add(state.controlWindowEndsOn() == null ? "closed or suspended" : "open");
                }
                if (isEpci(council)) {
                    epciStages.add(state.stage());
                }
            }));
        }
        assertThat(stages).containsExactlyInAnyOrder(CommuneStage.values());
        assertThat(steps).containsExactlyInAnyOrder(RouteStep.PRESENTATION, RouteStep.ADOPTED_VOTE,
                RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PUBLICATION);
        assertThat(controls).containsExactlyInAnyOrder("open", "closed or suspended");
        assertThat(epciStages).contains(CommuneStage.EXECUTORY, CommuneStage.PRESENTED);
    }

    public static History asHistory(List<Object> events) {
        History history = new History();
        events.forEach(history::add);
        return history;
    }

    /** The fixed history: every new event of the route, for a commune and for the EPCI, in one convention. */
    public static List<Object> fixed() {
        String id = "ctg-fold";
        LocalDate day = LocalDate.of(2023, 6, 1);
        VoteCount corrected = new VoteCount(19, 4, 2, 0);
        return List.of(withParties(id),
                new PresentedToMunicipalCouncil(id, A, day),
                vote(id, A, day, VoteOutcome.REJECTED),
                new CouncilVoteCorrected(id, A, day, new VoteCount(7, 16, 1, 1), BallotType.PUBLIC, null,
                        VoteOutcome.REJECTED, "coquille", null),
                new PresentedToMunicipalCouncil(id, A, day.plusDays(30)),
                vote(id, A, day.plusDays(30), VoteOutcome.ADOPTED),
                new CouncilVoteCorrected(id, A, day.plusDays(30), corrected, BallotType.PUBLIC, null,
                        VoteOutcome.ADOPTED, "coquille", new Attendance(29, 24, 1)),
                new PrefectureTransmissionRecorded(id, A, day.plusDays(31), day.plusDays(32), null),
                new PrefectLetterReceived(id, A, PrefectLetterKind.DOCUMENTS_REQUEST, day.plusDays(40), "annexes"),
                new PresentedToMunicipalCouncil(id, B, day),
                vote(id, B, day, VoteOutcome.ADOPTED),
                published(id, B, day.plusDays(2)),
                new PrefectureTransmissionRecorded(id, B, day.plusDays(3), day.plusDays(4), null),
                new DeliberationBecameExecutory(id, B, day.plusDays(4)),
                new PrefectLetterReceived(id, B, PrefectLetterKind.OBSERVATIONS, day.plusDays(20), "quorum"),
                new PrefectLetterAnswered(id, B, day.plusDays(35), "pièces jointes"),
                new PresentedToMunicipalCouncil(id, C, day),
                vote(id, C, day, VoteOutcome.ADOPTED),
                published(id, C, day.plusDays(1)),
                new CommuneWithdrawn(id, C, day.plusDays(5), "Quitte l'EPCI"),
                new PresentedToMunicipalCouncil(id, D, day.plusDays(6)),
                new QuorumNotReached(id, D, day.plusDays(6), 15, 5),
                new PresentedToMunicipalCouncil(id, E, day.plusDays(6)),
                vote(id, E, day.plusDays(6), VoteOutcome.REJECTED),
                new PresentedToMunicipalCouncil(id, EPCI, day),
                vote(id, EPCI, day, VoteOutcome.ADOPTED),
                new PrefectureTransmissionRecorded(id, EPCI, day.plusDays(1), day.plusDays(1), null),
                new DeliberationPublished(id, EPCI, day.plusDays(1), PublicationMode.ELECTRONIC, "https://x.invalid"),
                new DeliberationBecameExecutory(id, EPCI, day.plusDays(1)),
                new DeliberationReferredToCourt(id, EPCI, day.plusDays(20), "TA de Lyon"),
                new DeliberationAnnulled(id, EPCI, day.plusDays(90), "TA de Lyon", "2301234"),
                new DeliberationRetracted(id, B, day.plusDays(95), "erreur matérielle"));
    }
}
