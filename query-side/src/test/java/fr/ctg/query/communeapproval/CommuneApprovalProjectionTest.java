package fr.ctg.query.communeapproval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import fr.ctg.query.support.SharedFold;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.support.History;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import fr.ctg.convention.PartyKind;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CommuneRouteState;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationEnding;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.route.VoteCount;
import fr.ctg.route.query.FindCouncilsOfConventions;
import fr.ctg.route.query.FindEpciApproval;
import fr.ctg.route.query.LegalityEvent;
import fr.ctg.route.query.LegalityEventKind;
import fr.ctg.route.query.RouteStep;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneApprovalPage;
import fr.ctg.route.query.CommuneApprovalView;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.FindCommuneApprovals;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.C;
import static fr.ctg.query.support.TestConvention.D;
import static fr.ctg.query.support.TestConvention.EPCI;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestConvention.published;
import static fr.ctg.query.support.TestConvention.vote;
import static fr.ctg.query.support.TestConvention.withParties;
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
                .add(published(ID, A, LocalDate.of(2023, 9, 15)))
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
    void theLegalRouteDeliveredAgainOrInOneBatchChangesNothing() {
        Idempotence.assertTheLegalRouteIsHandledOnceWhateverTheDelivery(projection);
    }

    @Test
    void aCorrectedVoteShowsTheCorrectedCountsAndCouncilFigures() {
        LocalDate day = LocalDate.of(2023, 9, 6);
        new History().add(defined(ID))
                .add(new PresentedToMunicipalCouncil(ID, A, day))
                .add(vote(ID, A, day, VoteOutcome.ADOPTED))
                .add(new CouncilVoteCorrected(ID, A, day, new VoteCount(19, 3, 3, 0), BallotType.PUBLIC, null,
                        VoteOutcome.ADOPTED, "une abstention saisie pour", new Attendance(29, 24, 1)))
                .add(new PresentedToMunicipalCouncil(ID, B, day))
                .add(vote(ID, B, day, VoteOutcome.ADOPTED))
                .add(new CouncilVoteCorrected(ID, B, day, new VoteCount(21, 2, 2, 0), BallotType.PUBLIC, null,
                        VoteOutcome.ADOPTED, "revision 1: no attendance", null))
                .deliverTo(projection);

        CommuneApprovalView a = find(null, null, 0, 50).items().get(0);
        assertThat(a).extracting(CommuneApprovalView::votesFor, CommuneApprovalView::abstentions,
                        CommuneApprovalView::membersInOffice, CommuneApprovalView::present,
                        CommuneApprovalView::represented)
                .containsExactly(19, 3, 29, 24, 1);
        CommuneApprovalView b = find(null, null, 0, 50).items().get(1);
        assertThat(b).extracting(CommuneApprovalView::votesFor, CommuneApprovalView::membersInOffice,
                CommuneApprovalView::present, CommuneApprovalView::represented).containsExactly(21, 29, 25, 0);
    }

    @Test
    void aVoteAtASecondMeetingShowsTheMeetingWithoutQuorumItReliedOn() {
        LocalDate first = LocalDate.of(2023, 9, 6);
        LocalDate second = first.plusDays(3);
        List<TrackedEventMessage<?>> events = new History().add(defined(ID))
                .add(new PresentedToMunicipalCouncil(ID, A, first))
                .add(new QuorumNotReached(ID, A, first, 29, 11))
                .add(new CouncilVoteRecorded(ID, A, second, new VoteCount(9, 1, 0, 0), BallotType.PUBLIC, null,
                        VoteOutcome.ADOPTED, "DEL_2", null, new Attendance(29, 10, 0), first))
                .events();
        History.deliver(projection, events.subList(0, 3));
        assertThat(find(null, null, 0, 1).items().get(0).quorumLackingOn()).isEqualTo(first);

        History.deliver(projection, events.subList(3, 4));
        CommuneApprovalView a = find(null, null, 0, 1).items().get(0);
        assertThat(a.quorumLackingOn()).isEqualTo(first);
        assertThat(a.present()).isEqualTo(10);
        assertThat(a.stage()).isEqualTo(CommuneStage.ADOPTED);
    }

    @Test
    void aVoteThatHadItsQuorumReliesOnNoEarlierMeeting() {
        LocalDate first = LocalDate.of(2023, 9, 6);
        new History().add(defined(ID))
                .add(new PresentedToMunicipalCouncil(ID, A, first))
                .add(new QuorumNotReached(ID, A, first, 29, 11))
                .add(vote(ID, A, first.plusDays(5), VoteOutcome.ADOPTED))
                .deliverTo(projection);

        assertThat(find(null, null, 0, 1).items().get(0).quorumLackingOn()).isNull();
    }

    @Test
    void aPublicationShowsItsModeAndTheAddressOfAnElectronicOne() {
        route().deliverTo(projection);

        CommuneApprovalView a = find(null, null, 0, 1).items().get(0);

        assertThat(a.publicationMode()).isEqualTo(PublicationMode.ELECTRONIC);
        assertThat(a.publicationUrl()).isEqualTo("https://example.invalid/deliberations/" + A);
        assertThat(find(null, null, 0, 50).items().get(2).publicationMode()).isNull();
    }

    @Test
    void theControlWindowEndsTwoMonthsAfterTheReceiptIsSuspendedByALetterAndClosedByAReferral() {
        List<TrackedEventMessage<?>> events = route()
                .add(new PrefectLetterReceived(ID, A, PrefectLetterKind.OBSERVATIONS, LocalDate.of(2023, 10, 2),
                        "Quorum non établi"))
                .add(new PrefectLetterAnswered(ID, A, LocalDate.of(2023, 10, 20), "Feuille de présence jointe"))
                .add(new DeliberationReferredToCourt(ID, A, LocalDate.of(2023, 12, 1), "TA de Lyon"))
                .events();
        int routeEnd = events.size() - 3;
        History.deliver(projection, events.subList(0, routeEnd));
        assertThat(find(null, null, 0, 1).items().get(0).controlWindowEndsOn()).isEqualTo(LocalDate.of(2023, 11, 13));

        History.deliver(projection, events.subList(routeEnd, routeEnd + 1));
        CommuneApprovalView suspended = find(null, null, 0, 1).items().get(0);
        assertThat(suspended.controlWindowEndsOn()).isNull();
        assertThat(suspended.controlSuspended()).isTrue();

        History.deliver(projection, events.subList(routeEnd + 1, events.size()));
        CommuneApprovalView referred = find(null, null, 0, 1).items().get(0);
        assertThat(referred.controlSuspended()).isFalse();
        assertThat(referred.referredOn()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(referred.controlWindowEndsOn()).as("referred: the window is closed").isNull();
        assertThat(referred.stage()).as("executory while the court decides").isEqualTo(CommuneStage.EXECUTORY);
        assertThat(referred.legalityEvents()).containsExactly(
                new LegalityEvent(LegalityEventKind.PREFECT_LETTER, LocalDate.of(2023, 10, 2),
                        PrefectLetterKind.OBSERVATIONS, "Quorum non établi", null, null, null, null),
                new LegalityEvent(LegalityEventKind.LETTER_ANSWERED, LocalDate.of(2023, 10, 20), null, null,
                        "Feuille de présence jointe", null, null, null),
                new LegalityEvent(LegalityEventKind.REFERRED_TO_COURT, LocalDate.of(2023, 12, 1), null, null, null,
                        "TA de Lyon", null, null));
    }

    @Test
    void theWindowAfterAnAnswerEndsTwoMonthsAfterIt() {
        History history = route();
        history.add(new PrefectLetterReceived(ID, A, PrefectLetterKind.DOCUMENTS_REQUEST, LocalDate.of(2023, 10, 2),
                        "Annexes"))
                .add(new PrefectLetterAnswered(ID, A, LocalDate.of(2023, 10, 20), "Annexes jointes"))
                .deliverTo(projection);

        assertThat(find(null, null, 0, 1).items().get(0).controlWindowEndsOn()).isEqualTo(LocalDate.of(2023, 12, 20));
    }

    @Test
    void anAnnulledDeliberationIsClearedAndTheCommuneNeedsANewOne() {
        List<TrackedEventMessage<?>> events = route()
                .add(new DeliberationReferredToCourt(ID, A, LocalDate.of(2023, 10, 1), "TA de Lyon"))
                .add(new DeliberationAnnulled(ID, A, LocalDate.of(2024, 3, 1), "TA de Lyon", "2309876"))
                .add(new PresentedToMunicipalCouncil(ID, A, LocalDate.of(2024, 3, 10)))
                .events();
        History.deliver(projection, events.subList(0, events.size() - 1));

        CommuneApprovalView a = find(null, null, 0, 1).items().get(0);
        assertThat(a.stage()).isEqualTo(CommuneStage.ANNULLED);
        assertThat(a.ending()).isEqualTo(DeliberationEnding.ANNULLED);
        assertThat(a.endedOn()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(a.missing()).containsExactly(RouteStep.PRESENTATION, RouteStep.ADOPTED_VOTE,
                RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PUBLICATION);
        assertThat(a).extracting(CommuneApprovalView::outcome, CommuneApprovalView::votesFor,
                CommuneApprovalView::actesId, CommuneApprovalView::transmissionReceivedOn,
                CommuneApprovalView::publishedOn, CommuneApprovalView::executoryOn,
                CommuneApprovalView::controlWindowEndsOn, CommuneApprovalView::referredOn)
                .containsOnlyNulls();
        assertThat(a.votedOn()).as("a new presentation may not predate it").isEqualTo(LocalDate.of(2023, 9, 6));
        assertThat(a.votesHeld()).isEqualTo(2);
        assertThat(a.legalityEvents()).extracting(LegalityEvent::kind)
                .containsExactly(LegalityEventKind.REFERRED_TO_COURT, LegalityEventKind.ANNULLED);
        assertThat(find(null, CommuneStage.ANNULLED, 0, 50).items()).extracting(CommuneApprovalView::inseeCode)
                .containsExactly(A);

        History.deliver(projection, events.subList(events.size() - 1, events.size()));
        assertThat(find(null, null, 0, 1).items().get(0).stage()).isEqualTo(CommuneStage.PRESENTED);
    }

    @Test
    void aRetractedDeliberationNamesItsReason() {
        route().add(new DeliberationRetracted(ID, C, LocalDate.of(2023, 7, 1), "Erreur de périmètre"))
                .deliverTo(projection);

        CommuneApprovalView c = find("P2", null, 0, 1).items().get(0);
        assertThat(c.stage()).isEqualTo(CommuneStage.RETRACTED);
        assertThat(c.ending()).isEqualTo(DeliberationEnding.RETRACTED);
        assertThat(c.legalityEvents()).containsExactly(new LegalityEvent(LegalityEventKind.RETRACTED,
                LocalDate.of(2023, 7, 1), null, null, null, null, null, "Erreur de périmètre"));
    }

    @Test
    void theEpciHasARowOfItsOwnThatTheCommunesListLeavesOut() {
        LocalDate day = LocalDate.of(2023, 9, 20);
        new History().add(withParties(ID))
                .add(new PresentedToMunicipalCouncil(ID, EPCI, day))
                .add(vote(ID, EPCI, day, VoteOutcome.ADOPTED))
                .deliverTo(projection);

        CommuneApprovalPage communes = find(null, null, 0, 50);
        assertThat(communes.totalItems()).isEqualTo(5);
        assertThat(communes.items()).extracting(CommuneApprovalView::kind).containsOnly(PartyKind.COMMUNE);
        CommuneApprovalView epci = projection.handle(new FindEpciApproval(ID));
        assertThat(epci).extracting(CommuneApprovalView::kind, CommuneApprovalView::inseeCode,
                        CommuneApprovalView::name, CommuneApprovalView::perimeterCode, CommuneApprovalView::stage,
                        CommuneApprovalView::population)
                .containsExactly(PartyKind.EPCI, EPCI, "Saint-Étienne Métropole", null, CommuneStage.ADOPTED,
                        404_000);
        assertThat(epci.missing()).containsExactly(RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PUBLICATION);
    }

    @Test
    void eachCouncilCarriesTheDepartmentAndTheSirenOfItsActesIdentifiers() {
        new History().add(withParties(ID)).deliverTo(projection);

        CommuneApprovalView first = find(null, null, 0, 50).items().get(0);
        assertThat(first).extracting(CommuneApprovalView::inseeCode, CommuneApprovalView::departement,
                CommuneApprovalView::siren).containsExactly(A, "42", "2142000" + A.substring(3));
        assertThat(projection.handle(new FindEpciApproval(ID))).extracting(CommuneApprovalView::departement,
                CommuneApprovalView::siren).containsExactly("42", EPCI);
    }

    @Test
    void aConventionWithoutAnEpciPartyHasNoEpciRow() {
        route().deliverTo(projection);

        assertThat(projection.handle(new FindEpciApproval(ID))).isNull();
        assertThat(projection.handle(new FindEpciApproval("nope"))).isNull();
    }

    @Test
    void theCouncilsOfSeveralConventionsAreEachConventionsCommunesThenItsEpciAndNoOtherConventions() {
        String other = "ctg-other";
        String notAsked = "ctg-not-asked";
        new History().add(withParties(ID)).add(withParties(other)).add(withParties(notAsked))
                .add(new PresentedToMunicipalCouncil(other, A, LocalDate.of(2023, 9, 6)))
                .deliverTo(projection);

        List<CommuneApprovalView> councils = projection.handle(
                new FindCouncilsOfConventions(List.of(other, ID, "nope"))).councils();

        List<CommuneApprovalView> oneByOne = new java.util.ArrayList<>();
        for (String conventionId : List.of(other, ID)) {
            oneByOne.addAll(projection.handle(new FindCommuneApprovals(conventionId, null, null,
                    new PageRequest(0, 500))).items());
            oneByOne.add(projection.handle(new FindEpciApproval(conventionId)));
        }
        assertThat(councils).as("the same rows as a query per convention").containsExactlyElementsOf(oneByOne);
        assertThat(councils).extracting(CommuneApprovalView::conventionId).doesNotContain(notAsked);
        assertThat(councils).filteredOn(c -> c.conventionId().equals(other) && c.inseeCode().equals(A))
                .singleElement().extracting(CommuneApprovalView::stage).isEqualTo(CommuneStage.PRESENTED);
        assertThat(projection.handle(new FindCouncilsOfConventions(List.of())).councils()).isEmpty();
    }

    @Test
    void eachCouncilShowsWhatTheSharedFoldOfItsEventsSays() {
        SharedFold.assertTheHistoriesReachEveryStageAndMissingStep();
        for (List<Object> events : SharedFold.histories()) {
            ReadModelDatabase.clear(projection.tables());
            SharedFold.asHistory(events).deliverTo(projection);

            SharedFold.folded(events).forEach((conventionId, councils) -> {
                Map<String, List<Object>> expected = new LinkedHashMap<>();
                councils.forEach((council, state) -> expected.put(council, facts(state)));
                Map<String, List<Object>> projected = new LinkedHashMap<>();
                projection.handle(new FindCommuneApprovals(conventionId, null, null, new PageRequest(0, 500)))
                        .items().forEach(view -> projected.put(view.inseeCode(), facts(view)));
                CommuneApprovalView epci = projection.handle(new FindEpciApproval(conventionId));
                if (epci != null) {
                    projected.put(epci.inseeCode(), facts(epci));
                }
                assertThat(projected).as(conventionId).containsExactlyEntriesOf(expected);
            });
        }
    }

    /** What the view and the fold both say of a council, in the same order. */
    private static List<Object> facts(CommuneRouteState state) {
        VoteCount votes = state.votes();
        Attendance attendance = state.attendance();
        return java.util.Arrays.asList(state.stage(), state.missing(), state.presentedOn(), state.outcome(),
                votes == null ? null : votes.votesFor(), votes == null ? null : votes.abstentions(),
                attendance == null ? null : attendance.present(), state.actesId(), state.transmissionReceivedOn(),
                state.publishedOn(), state.publicationMode(), state.publicationUrl(), state.executoryOn(),
                state.controlWindowEndsOn(), state.legality() != null && state.legality().letterPending(),
                state.ending(), state.endedOn(), state.withdrawnOn());
    }

    private static List<Object> facts(CommuneApprovalView view) {
        return java.util.Arrays.asList(view.stage(), view.missing(), view.presentedOn(), view.outcome(),
                view.votesFor(), view.abstentions(), view.present(), view.actesId(), view.transmissionReceivedOn(),
                view.publishedOn(), view.publicationMode(), view.publicationUrl(), view.executoryOn(),
                view.controlWindowEndsOn(), view.controlSuspended(), view.ending(), view.endedOn(),
                view.withdrawnOn());
    }
}
