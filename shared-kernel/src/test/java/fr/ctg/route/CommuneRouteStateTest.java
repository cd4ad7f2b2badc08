package fr.ctg.route;

import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.RouteStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static fr.ctg.route.query.CommuneStage.ADOPTED;
import static fr.ctg.route.query.CommuneStage.ANNULLED;
import static fr.ctg.route.query.CommuneStage.RETRACTED;
import static fr.ctg.route.query.CommuneStage.EXECUTORY;
import static fr.ctg.route.query.CommuneStage.NOT_PRESENTED;
import static fr.ctg.route.query.CommuneStage.PRESENTED;
import static fr.ctg.route.query.CommuneStage.REJECTED;
import static fr.ctg.route.query.CommuneStage.WITHDRAWN;
import static fr.ctg.route.query.RouteStep.ADOPTED_VOTE;
import static fr.ctg.route.query.RouteStep.PREFECTURE_TRANSMISSION;
import static fr.ctg.route.query.RouteStep.PRESENTATION;
import static fr.ctg.route.query.RouteStep.PUBLICATION;
import static org.assertj.core.api.Assertions.assertThat;

/** Histories of one commune, and where each leaves it: its stage and what it still lacks before signature. */
class CommuneRouteStateTest {

    private static final String ID = "ctg-1";
    private static final String INSEE = "42186";
    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private static PresentedToMunicipalCouncil presented(int day) {
        return new PresentedToMunicipalCouncil(ID, INSEE, DAY.plusDays(day));
    }

    private static CouncilVoteRecorded voted(int day, VoteOutcome outcome) {
        VoteCount votes = outcome == VoteOutcome.ADOPTED ? new VoteCount(20, 3, 2, 0) : new VoteCount(5, 18, 2, 0);
        return new CouncilVoteRecorded(ID, INSEE, DAY.plusDays(day), votes, BallotType.PUBLIC, null, outcome,
                "DEL_" + day, null, new Attendance(33, 25, 0), null);
    }

    private static CouncilVoteCorrected corrected(int day, VoteOutcome outcome) {
        return new CouncilVoteCorrected(ID, INSEE, DAY.plusDays(day), new VoteCount(21, 2, 2, 0), BallotType.PUBLIC,
                null, outcome, "coquille", null);
    }

    private static PrefectureTransmissionRecorded transmitted(int day) {
        return new PrefectureTransmissionRecorded(ID, INSEE, DAY.plusDays(day), DAY.plusDays(day + 1), "ACTES");
    }

    private static DeliberationPublished published(int day) {
        return new DeliberationPublished(ID, INSEE, DAY.plusDays(day), PublicationMode.ELECTRONIC,
                "https://www.example.fr/deliberations/" + day);
    }

    private static DeliberationBecameExecutory executory(int day) {
        return new DeliberationBecameExecutory(ID, INSEE, DAY.plusDays(day));
    }

    private static QuorumNotReached quorumLacking(int day) {
        return new QuorumNotReached(ID, INSEE, DAY.plusDays(day), 33, 14);
    }

    private static PrefectLetterReceived letter(int day) {
        return new PrefectLetterReceived(ID, INSEE, PrefectLetterKind.OBSERVATIONS, DAY.plusDays(day), "quorum");
    }

    private static PrefectLetterAnswered answered(int day) {
        return new PrefectLetterAnswered(ID, INSEE, DAY.plusDays(day), "réponse");
    }

    private static DeliberationReferredToCourt referred(int day) {
        return new DeliberationReferredToCourt(ID, INSEE, DAY.plusDays(day), "TA de Lyon");
    }

    private static DeliberationAnnulled annulled(int day) {
        return new DeliberationAnnulled(ID, INSEE, DAY.plusDays(day), "TA de Lyon", "2301234");
    }

    private static DeliberationRetracted retracted(int day) {
        return new DeliberationRetracted(ID, INSEE, DAY.plusDays(day), "erreur matérielle");
    }

    private static CommuneWithdrawn withdrawn(int day) {
        return new CommuneWithdrawn(ID, INSEE, DAY.plusDays(day), "fusion");
    }

    private static Arguments row(String name, List<CommuneRouteEvent> history, CommuneStage stage,
                                 RouteStep... missing) {
        return Arguments.of(name, history, stage, List.of(missing));
    }

    static Stream<Arguments> histories() {
        return Stream.of(
                row("nothing yet", List.of(), NOT_PRESENTED,
                        PRESENTATION, ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("presented", List.of(presented(0)), PRESENTED,
                        ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("rejected: a new vote needs a new presentation",
                        List.of(presented(0), voted(1, VoteOutcome.REJECTED)), REJECTED,
                        PRESENTATION, ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("presented, a meeting without quorum", List.of(presented(0), quorumLacking(0)), PRESENTED,
                        ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("rejected then presented again",
                        List.of(presented(0), voted(1, VoteOutcome.REJECTED), presented(2)), PRESENTED,
                        ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("rejected, presented again, adopted",
                        List.of(presented(0), voted(1, VoteOutcome.REJECTED), presented(2),
                                voted(3, VoteOutcome.ADOPTED)), ADOPTED,
                        PREFECTURE_TRANSMISSION, PUBLICATION),
                row("adopted", List.of(presented(0), voted(1, VoteOutcome.ADOPTED)), ADOPTED,
                        PREFECTURE_TRANSMISSION, PUBLICATION),
                row("adopted, vote corrected", List.of(presented(0), voted(1, VoteOutcome.ADOPTED),
                        corrected(1, VoteOutcome.ADOPTED)), ADOPTED, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("rejected, vote corrected", List.of(presented(0), voted(1, VoteOutcome.REJECTED),
                        corrected(1, VoteOutcome.REJECTED)), REJECTED,
                        PRESENTATION, ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("executory, under the prefect's letter and answer", List.of(presented(0),
                        voted(1, VoteOutcome.ADOPTED), transmitted(2), published(3), executory(3), letter(20),
                        answered(30), referred(60)), EXECUTORY),
                row("executory then annulled: everything again", List.of(presented(0), voted(1, VoteOutcome.ADOPTED),
                        transmitted(2), published(3), executory(3), referred(20), annulled(200)), ANNULLED,
                        PRESENTATION, ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("adopted then retracted", List.of(presented(0), voted(1, VoteOutcome.ADOPTED), transmitted(2),
                        retracted(10)), RETRACTED, PRESENTATION, ADOPTED_VOTE, PREFECTURE_TRANSMISSION, PUBLICATION),
                row("retracted, presented and adopted again", List.of(presented(0), voted(1, VoteOutcome.ADOPTED),
                        retracted(10), presented(20), voted(20, VoteOutcome.ADOPTED)), ADOPTED,
                        PREFECTURE_TRANSMISSION, PUBLICATION),
                row("adopted and transmitted",
                        List.of(presented(0), voted(1, VoteOutcome.ADOPTED), transmitted(2)), ADOPTED, PUBLICATION),
                row("adopted and published",
                        List.of(presented(0), voted(1, VoteOutcome.ADOPTED), published(2)), ADOPTED,
                        PREFECTURE_TRANSMISSION),
                row("transmitted then published: executory", List.of(presented(0), voted(1, VoteOutcome.ADOPTED),
                        transmitted(2), published(4), executory(4)), EXECUTORY),
                row("published then transmitted: executory", List.of(presented(0), voted(1, VoteOutcome.ADOPTED),
                        published(2), transmitted(3), executory(4)), EXECUTORY),
                row("withdrawn before presentation", List.of(withdrawn(0)), WITHDRAWN),
                row("withdrawn after a rejection",
                        List.of(presented(0), voted(1, VoteOutcome.REJECTED), withdrawn(2)), WITHDRAWN),
                row("withdrawn once adopted and transmitted", List.of(presented(0), voted(1, VoteOutcome.ADOPTED),
                        transmitted(2), withdrawn(3)), WITHDRAWN),
                row("withdrawn once executory", List.of(presented(0), voted(1, VoteOutcome.ADOPTED),
                        transmitted(2), published(3), executory(3), withdrawn(4)), WITHDRAWN));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void aHistoryGivesItsStageAndWhatItStillLacks(String name, List<CommuneRouteEvent> history,
                                                  CommuneStage stage, List<RouteStep> missing) {
        CommuneRouteState state = CommuneRouteState.of(history);

        assertThat(state.stage()).isEqualTo(stage);
        assertThat(state.missing()).containsExactlyElementsOf(missing);
        assertThat(state.progress().blocksSignature()).isEqualTo(!missing.isEmpty());
    }

    @Test
    void theTableCoversEveryStageAndEveryMissingStep() {
        List<Arguments> rows = histories().toList();
        Set<Object> stages = rows.stream().map(row -> row.get()[2]).collect(Collectors.toSet());
        Set<Object> steps = rows.stream().flatMap(row -> ((List<?>) row.get()[3]).stream())
                .collect(Collectors.toSet());

        assertThat(stages).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(CommuneStage.class));
        // The CAF's board decision and the signature are steps of a party, not of a council's route.
        assertThat(steps).containsExactlyInAnyOrderElementsOf(EnumSet.range(PRESENTATION, PUBLICATION));
    }

    @Test
    void eachEventMovesTheStageAsTheFoldDoesWhateverTheStageBefore() {
        List<CommuneRouteEvent> events = List.of(presented(0), voted(1, VoteOutcome.ADOPTED),
                voted(1, VoteOutcome.REJECTED), corrected(1, VoteOutcome.ADOPTED), transmitted(2), published(2),
                executory(3), quorumLacking(0), letter(5), answered(6), referred(7), annulled(8), retracted(9),
                withdrawn(4));
        for (CommuneStage before : CommuneStage.values()) {
            CommuneRouteState from = new CommuneRouteState(before, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, LegalityControl.receivedOn(DAY), null, null, null);
            for (CommuneRouteEvent event : events) {
                assertThat(from.apply(event).stage()).as("%s after %s", event.getClass().getSimpleName(), before)
                        .isEqualTo(CommuneRouteState.stageAfter(event).orElse(before));
            }
        }
        assertThat(CommuneRouteState.stageAfter(corrected(1, VoteOutcome.ADOPTED))).isEmpty();
        assertThat(CommuneRouteState.stageAfter(transmitted(2))).isEmpty();
        assertThat(CommuneRouteState.stageAfter(published(2))).isEmpty();
    }

    @Test
    void theFoldKeepsTheFactsTheRulesRead() {
        CommuneRouteState state = CommuneRouteState.of(List.of(presented(0), voted(1, VoteOutcome.REJECTED),
                presented(2), voted(3, VoteOutcome.ADOPTED), corrected(3, VoteOutcome.ADOPTED), transmitted(4),
                published(6), executory(6)));

        assertThat(state.presentedOn()).isEqualTo(DAY.plusDays(2));
        assertThat(state.votedOn()).isEqualTo(DAY.plusDays(3));
        assertThat(state.adopted()).isTrue();
        assertThat(state.votes()).isEqualTo(new VoteCount(21, 2, 2, 0));
        assertThat(state.deliberationNumber()).isEqualTo("DEL_3");
        assertThat(state.actesId()).isEqualTo("ACTES");
        assertThat(state.transmissionReceivedOn()).isEqualTo(DAY.plusDays(5));
        assertThat(state.publishedOn()).isEqualTo(DAY.plusDays(6));
        assertThat(state.executoryOn()).isEqualTo(DAY.plusDays(6));
        assertThat(state.withdrawn()).isFalse();
        assertThat(state.apply(withdrawn(7)).withdrawnOn()).isEqualTo(DAY.plusDays(7));
    }

    @Test
    void aStageBlocksTheSignatureUnlessExecutoryOrWithdrawn() {
        assertThat(Arrays.stream(CommuneStage.values()).filter(CommuneStage::blocksSignature))
                .containsExactly(NOT_PRESENTED, PRESENTED, ADOPTED, REJECTED, ANNULLED, RETRACTED);
        assertThat(Arrays.stream(CommuneStage.values()).filter(CommuneStage::inConvention))
                .containsExactly(NOT_PRESENTED, PRESENTED, ADOPTED, REJECTED, EXECUTORY, ANNULLED, RETRACTED);
    }
}
