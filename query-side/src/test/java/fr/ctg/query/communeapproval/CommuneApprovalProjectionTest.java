package fr.ctg.query.communeapproval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import fr.ctg.query.support.SharedFold;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.support.History;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.FindCommuneApprovals;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.C;
import static fr.ctg.query.support.TestConvention.D;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestConvention.vote;
import static org.assertj.core.api.Assertions.assertThat;

class CommuneApprovalProjectionTest {

    private static final String ID = "ctg-test";

    private final CommuneApprovalProjection projection = new CommuneApprovalProjection(ReadModelDatabase.jdbc());

    @BeforeEach
    void clear() {
        ReadModelDatabase.clear(projection.tables());
    }

    private History route() {
        return new History()
                .add(defined(ID))
                .add(new PresentedToMunicipalCouncil(ID, A, LocalDate.of(2023, 6, 1)))
                .add(vote(ID, A, LocalDate.of(2023, 6, 1), VoteOutcome.REJECTED))
                .add(new PresentedToMunicipalCouncil(ID, A, LocalDate.of(2023, 9, 6)))
                .add(vote(ID, A, LocalDate.of(2023, 9, 6), VoteOutcome.ADOPTED))
                .add(new PrefectureTransmissionRecorded(ID, A, LocalDate.of(2023, 9, 13), LocalDate.of(2023, 9, 13),
                        "042-214200011-20230906-DEL_1-DE"))
                .add(new DeliberationPublished(ID, A, LocalDate.of(2023, 9, 15)))
                .add(new DeliberationBecameExecutory(ID, A, LocalDate.of(2023, 9, 15)))
                .add(new PresentedToMunicipalCouncil(ID, B, LocalDate.of(2023, 6, 2)))
                .add(new PresentedToMunicipalCouncil(ID, C, LocalDate.of(2023, 6, 3)))
                .add(vote(ID, C, LocalDate.of(2023, 6, 3), VoteOutcome.ADOPTED))
                .add(new CommuneWithdrawn(ID, D, LocalDate.of(2023, 7, 1), "Quitte l'EPCI"));
    }

    private CommuneApprovalPage find(String perimeter, CommuneStage stage, int page, int size) {
        return projection.handle(new FindCommuneApprovals(ID, perimeter, stage, new PageRequest(page, size)));
    }

    @Test
    void aDefinedConventionListsEveryCommuneNotPresentedInDefinitionOrder() {
        new History().add(defined(ID)).deliverTo(projection);

        CommuneApprovalPage page = find(null, null, 0, 50);

        assertThat(page.totalItems()).isEqualTo(5);
        assertThat(page.items()).extracting(CommuneApprovalView::inseeCode).containsExactly(A, B, C, D, "42005");
        assertThat(page.items()).extracting(CommuneApprovalView::stage).containsOnly(CommuneStage.NOT_PRESENTED);
        assertThat(page.items().get(0)).extracting(CommuneApprovalView::name, CommuneApprovalView::population,
                CommuneApprovalView::perimeterCode).containsExactly("Alpha", 1000, "P1");
    }

    @Test
    void aRejectionThenANewVoteLeavesTheLatestVoteAndCountsBoth() {
        route().deliverTo(projection);

        CommuneApprovalView a = find("P1", null, 0, 1).items().get(0);

        assertThat(a.stage()).isEqualTo(CommuneStage.EXECUTORY);
        assertThat(a.presentedOn()).isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(a.votedOn()).isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(a.votesHeld()).isEqualTo(2);
        assertThat(a.outcome()).isEqualTo(VoteOutcome.ADOPTED);
        assertThat(a.votesFor()).isEqualTo(20);
        assertThat(a.votesAgainst()).isEqualTo(3);
        assertThat(a.abstentions()).isEqualTo(2);
        assertThat(a.notTakingPart()).isZero();
        assertThat(a.deliberationNumber()).isEqualTo("DEL_" + A);
        assertThat(a.actesId()).isEqualTo("042-214200011-20230906-DEL_1-DE");
        assertThat(a.transmissionSentOn()).isEqualTo(LocalDate.of(2023, 9, 13));
        assertThat(a.transmissionReceivedOn()).isEqualTo(LocalDate.of(2023, 9, 13));
        assertThat(a.publishedOn()).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(a.executoryOn()).isEqualTo(LocalDate.of(2023, 9, 15));
    }

    @Test
    void filtersByPerimeterAndStageAndPages() {
        route().deliverTo(projection);

        assertThat(find(null, CommuneStage.PRESENTED, 0, 50).items())
                .extracting(CommuneApprovalView::inseeCode).containsExactly(B);
        assertThat(find(null, CommuneStage.ADOPTED, 0, 50).items())
                .extracting(CommuneApprovalView::inseeCode).containsExactly(C);
        CommuneApprovalView withdrawn = find("P2", CommuneStage.WITHDRAWN, 0, 50).items().get(0);
        assertThat(withdrawn.inseeCode()).isEqualTo(D);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Quitte l'EPCI");
        assertThat(find("P1", CommuneStage.WITHDRAWN, 0, 50).items()).isEmpty();

        CommuneApprovalPage second = find(null, null, 1, 2);
        assertThat(second.totalItems()).isEqualTo(5);
        assertThat(second.items()).extracting(CommuneApprovalView::inseeCode).containsExactly(C, D);
    }

    @Test
    void anUnknownConventionHasNoView() {
        assertThat(projection.handle(new FindCommuneApprovals("nope", null, null, new PageRequest(0, 10)))).isNull();
    }

    @Test
    void deliveringTheSameEventsTwiceChangesNothing() {
        Idempotence.assertRedeliveryChangesNothing(projection, route().events());
        assertThat(find(null, null, 0, 1).items().get(0).votesHeld()).isEqualTo(2);
    }

    @Test
    void aBatchOfTheRouteLeavesTheTablesAsWhenHandledOneByOne() {
        Idempotence.assertOneBatchEndsAsOneByOne(projection, route().events());
    }

    @Test
    void eachCommuneStandsWhereTheSharedFoldOfItsEventsSays() {
        SharedFold.assertTheHistoriesReachEveryStageAndMissingStep();
        for (List<Object> events : SharedFold.histories()) {
            ReadModelDatabase.clear(projection.tables());
            SharedFold.asHistory(events).deliverTo(projection);

            SharedFold.folded(events).forEach((conventionId, communes) -> {
                Map<String, CommuneStage> expected = new LinkedHashMap<>();
                communes.forEach((insee, state) -> expected.put(insee, state.stage()));
                Map<String, CommuneStage> projected = new LinkedHashMap<>();
                projection.handle(new FindCommuneApprovals(conventionId, null, null, new PageRequest(0, 500)))
                        .items().forEach(view -> projected.put(view.inseeCode(), view.stage()));
                assertThat(projected).as(conventionId).containsExactlyEntriesOf(expected);
            });
        }
    }
}
