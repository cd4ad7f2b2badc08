package fr.ctg.query.overview;

import java.util.Map;
import java.util.LinkedHashMap;
import fr.ctg.query.support.SharedFold;
import fr.ctg.convention.Period;
import fr.ctg.convention.query.ConventionOverviewView;
import fr.ctg.convention.query.ConventionStage;
import fr.ctg.convention.query.ConventionSummary;
import fr.ctg.convention.query.FindConventionOverview;
import fr.ctg.convention.query.FindConventionSummaries;
import fr.ctg.convention.query.ListConventions;
import fr.ctg.convention.query.PageRequest;
import fr.ctg.query.support.History;
import fr.ctg.query.support.Idempotence;
import fr.ctg.query.support.ReadModelDatabase;
import fr.ctg.convention.CafBoardDecisionRecorded;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.convention.query.ConventionParty;
import fr.ctg.convention.query.EndedAfterSignature;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationEnding;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartyReadiness;
import fr.ctg.route.PartySigned;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.Signatory;
import fr.ctg.route.VoteOutcome;
import fr.ctg.route.query.CommuneStage;
import fr.ctg.route.query.PartyBlocker;
import fr.ctg.route.query.RouteStep;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static fr.ctg.query.support.TestConvention.A;
import static fr.ctg.query.support.TestConvention.B;
import static fr.ctg.query.support.TestConvention.C;
import static fr.ctg.query.support.TestConvention.D;
import static fr.ctg.query.support.TestConvention.CAF_SIRET;
import static fr.ctg.query.support.TestConvention.DEPARTEMENT;
import static fr.ctg.query.support.TestConvention.E;
import static fr.ctg.query.support.TestConvention.EPCI;
import static fr.ctg.query.support.TestConvention.defined;
import static fr.ctg.query.support.TestConvention.vote;
import static fr.ctg.query.support.TestConvention.withParties;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
        return untilReady().add(signedAsBefore(LocalDate.of(2023, 10, 2)));
    }

    private History untilReady() {
        History history = new History().add(defined(ID));
        executory(history, A, LocalDate.of(2023, 6, 1), VoteOutcome.REJECTED, VoteOutcome.ADOPTED);
        executory(history, B, LocalDate.of(2023, 6, 5), VoteOutcome.ADOPTED);
        executory(history, C, LocalDate.of(2023, 6, 8), VoteOutcome.ADOPTED);
        executory(history, E, LocalDate.of(2023, 6, 9), VoteOutcome.ADOPTED);
        history.add(new CafBoardDecisionRecorded(ID, LocalDate.of(2023, 6, 20), "CA-2023-06"));
        return history.add(new CommuneWithdrawn(ID, D, LocalDate.of(2023, 7, 1), "reason"));
    }

    /** The one signature event of a convention signed before parties were recorded, as its upcaster reads it. */
    private static ConventionSigned signedAsBefore(LocalDate on) {
        return new ConventionSigned(ID, on,
                List.of(new GivenSignature(null, "Caf de la Loire", on, "Jeanne Martin", "Présidente")));
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
    void theSummariesOfTheAskedConventionsComeInOneReadAsTheListShowsThem() {
        new History().add(defined("ctg-b")).add(defined("ctg-a")).add(defined("ctg-c")).deliverTo(projection);

        List<ConventionSummary> asked = projection.handle(new FindConventionSummaries(List.of("ctg-c", "ctg-a",
                "unknown"))).items();

        List<ConventionSummary> listed = projection.handle(new ListConventions(new PageRequest(0, 10))).items();
        assertThat(asked).containsExactly(listed.get(0), listed.get(2));
        assertThat(projection.handle(new FindConventionSummaries(List.of())).items()).isEmpty();
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
    void readyToSignCountsTheCommunesWhileTheBlockersNameEveryPartyThatLacksSomething() {
        History history = new History().add(withParties(ID));
        for (String commune : List.of(A, B, C, E)) {
            executory(history, commune, LocalDate.of(2023, 6, 1), VoteOutcome.ADOPTED);
        }
        history.add(new CommuneWithdrawn(ID, D, LocalDate.of(2023, 7, 1), "reason"));
        history.deliverTo(projection);

        ConventionOverviewView ready = overview();

        assertThat(ready.stage()).isEqualTo(ConventionStage.READY_TO_SIGN);
        assertThat(ready.milestones().readyToSignOn()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(ready.signatureBlockers()).extracting(PartyBlocker::partyId, PartyBlocker::missing)
                .containsExactly(tuple(Parties.CAF_ID, List.of(RouteStep.CAF_BOARD_DECISION, RouteStep.SIGNATURE)),
                        tuple(EPCI, List.of(RouteStep.PRESENTATION, RouteStep.ADOPTED_VOTE,
                                RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PUBLICATION, RouteStep.SIGNATURE)),
                        tuple(A, List.of(RouteStep.SIGNATURE)), tuple(B, List.of(RouteStep.SIGNATURE)),
                        tuple(C, List.of(RouteStep.SIGNATURE)), tuple(E, List.of(RouteStep.SIGNATURE)),
                        tuple(DEPARTEMENT, List.of(RouteStep.SIGNATURE)));
    }

    @Test
    void theCafsBoardDecisionShowsOnTheCafAndLeavesItLackingOnlyItsSignature() {
        new History().add(defined(ID))
                .add(new CafBoardDecisionRecorded(ID, LocalDate.of(2023, 9, 12), "CA-2023-09"))
                .deliverTo(projection);

        ConventionParty caf = overview().parties().get(0);

        assertThat(caf.boardDecidedOn()).isEqualTo(LocalDate.of(2023, 9, 12));
        assertThat(caf.missing()).containsExactly(RouteStep.SIGNATURE);
    }

    @Test
    void theEpcisAnnulmentLeavesAReadyConventionReady() {
        LocalDate day = LocalDate.of(2023, 6, 1);
        History history = new History().add(withParties(ID))
                .add(new PresentedToMunicipalCouncil(ID, EPCI, day))
                .add(vote(ID, EPCI, day, VoteOutcome.ADOPTED))
                .add(new DeliberationBecameExecutory(ID, EPCI, day.plusDays(5)));
        for (String commune : List.of(A, B, C, D, E)) {
            executory(history, commune, day, VoteOutcome.ADOPTED);
        }
        history.add(new DeliberationAnnulled(ID, EPCI, day.plusDays(60), "TA de Lyon", "2301234"))
                .deliverTo(projection);

        ConventionOverviewView view = overview();

        assertThat(view.stage()).isEqualTo(ConventionStage.READY_TO_SIGN);
        assertThat(view.parties().get(1).stage()).isEqualTo(CommuneStage.ANNULLED);
        assertThat(view.signatureOnEndedDeliberation()).as("nothing was signed").isFalse();
    }

    @Test
    void listsTheCafTheEpciTheCommunesAndTheOthersWithWhatEachLacks() {
        LocalDate day = LocalDate.of(2023, 9, 20);
        new History().add(withParties(ID))
                .add(new PresentedToMunicipalCouncil(ID, EPCI, day))
                .add(vote(ID, EPCI, day, VoteOutcome.ADOPTED))
                .add(new PartySiretRecorded(ID, A, "21420001100015"))
                .deliverTo(projection);

        ConventionOverviewView view = overview();

        assertThat(view.parties()).extracting(ConventionParty::partyId, ConventionParty::kind, ConventionParty::name,
                        ConventionParty::siret, ConventionParty::stage)
                .containsExactly(tuple(Parties.CAF_ID, PartyKind.CAF, "Caf de test", CAF_SIRET, null),
                        tuple(EPCI, PartyKind.EPCI, "Saint-Étienne Métropole", null, CommuneStage.ADOPTED),
                        tuple(A, PartyKind.COMMUNE, "Alpha", "21420001100015", CommuneStage.NOT_PRESENTED),
                        tuple(B, PartyKind.COMMUNE, "Bravo", null, CommuneStage.NOT_PRESENTED),
                        tuple(C, PartyKind.COMMUNE, "Charlie", null, CommuneStage.NOT_PRESENTED),
                        tuple(D, PartyKind.COMMUNE, "Delta", null, CommuneStage.NOT_PRESENTED),
                        tuple(E, PartyKind.COMMUNE, "Echo", null, CommuneStage.NOT_PRESENTED),
                        tuple(DEPARTEMENT, PartyKind.DEPARTEMENT, "Département de la Loire", null, null));
        assertThat(view.parties().get(1).missing()).containsExactly(RouteStep.PREFECTURE_TRANSMISSION,
                RouteStep.PUBLICATION, RouteStep.SIGNATURE);
        assertThat(view.parties().get(7).missing()).containsExactly(RouteStep.SIGNATURE);
        assertThat(view.signatureBlockers()).hasSize(8);
        assertThat(view.route().communes()).as("the EPCI is a party, not a commune").isEqualTo(5);
        assertThat(view.milestones().firstVoteOn()).isEqualTo(day);
    }

    @Test
    void eachPartySignsOnItsOwnDayAndTheConventionOnTheLastOnes() {
        History history = new History().add(defined(ID));
        for (String commune : List.of(A, B, C, D, E)) {
            executory(history, commune, LocalDate.of(2023, 6, 1), VoteOutcome.ADOPTED);
        }
        history.add(new CafBoardDecisionRecorded(ID, LocalDate.of(2023, 6, 20), "CA-2023-06"));
        history.add(new PartySigned(ID, Parties.CAF_ID, PartyKind.CAF, LocalDate.of(2023, 9, 1),
                new Signatory("Jeanne Martin", "Présidente", "Caf de test")));
        List<TrackedEventMessage<?>> events = history.events();
        History.deliver(projection, events);
        ConventionOverviewView partly = overview();
        assertThat(partly.parties().get(0)).extracting(ConventionParty::signedOn, ConventionParty::signatoryName,
                        ConventionParty::signatoryRole, ConventionParty::missing)
                .containsExactly(LocalDate.of(2023, 9, 1), "Jeanne Martin", "Présidente", List.of());
        assertThat(partly.signatureBlockers()).extracting(PartyBlocker::partyId).containsExactly(A, B, C, D, E);

        History rest = new History();
        events.forEach(event -> rest.add(event.getPayload()));
        List<GivenSignature> signatures = new java.util.ArrayList<>();
        signatures.add(new GivenSignature(Parties.CAF_ID, "Caf de test", LocalDate.of(2023, 9, 1), "Jeanne Martin",
                "Présidente"));
        for (String commune : List.of(A, B, C, D, E)) {
            LocalDate on = LocalDate.of(2023, 9, 10).plusDays(commune.charAt(4) - '0');
            rest.add(new PartySigned(ID, commune, PartyKind.COMMUNE, on, new Signatory("Maire " + commune, "Maire",
                    commune)));
            signatures.add(new GivenSignature(commune, commune, on, "Maire " + commune, "Maire"));
        }
        rest.add(new ConventionSigned(ID, LocalDate.of(2023, 9, 15), signatures));
        ReadModelDatabase.clear(projection.tables());
        rest.deliverTo(projection);

        ConventionOverviewView signed = overview();
        assertThat(signed.stage()).isEqualTo(ConventionStage.SIGNED);
        assertThat(signed.milestones().signedOn()).isEqualTo(LocalDate.of(2023, 9, 15));
        assertThat(signed.signatureBlockers()).isEmpty();
        assertThat(signed.parties()).extracting(ConventionParty::signedOn).containsExactly(LocalDate.of(2023, 9, 1),
                LocalDate.of(2023, 9, 11), LocalDate.of(2023, 9, 12), LocalDate.of(2023, 9, 13),
                LocalDate.of(2023, 9, 14), LocalDate.of(2023, 9, 15));
        assertThat(signed.parties()).extracting(ConventionParty::missing).containsOnly(List.of());
        assertThat(signed.signatureOnEndedDeliberation()).isFalse();
    }

    @Test
    void aConventionSignedBeforePartiesWereRecordedCountsEveryRemainingPartySignedThatDay() {
        untilSigned().deliverTo(projection);

        ConventionOverviewView view = overview();

        assertThat(view.parties()).filteredOn(party -> !party.partyId().equals(D))
                .extracting(ConventionParty::signedOn).containsOnly(LocalDate.of(2023, 10, 2));
        assertThat(view.parties()).filteredOn(party -> party.partyId().equals(D))
                .extracting(ConventionParty::signedOn, ConventionParty::missing)
                .containsExactly(tuple(null, List.of()));
        assertThat(view.signatureBlockers()).isEmpty();
    }

    @Test
    void anAnnulmentAfterASignatureFlagsTheConventionAndNamesTheCouncil() {
        untilSigned().add(new DeliberationAnnulled(ID, B, LocalDate.of(2024, 2, 1), "TA de Lyon", "2301234"))
                .deliverTo(projection);

        ConventionOverviewView view = overview();

        assertThat(view.stage()).as("a signature given stays").isEqualTo(ConventionStage.SIGNED);
        assertThat(view.signatureOnEndedDeliberation()).isTrue();
        assertThat(view.endedAfterSignature()).containsExactly(new EndedAfterSignature(B, PartyKind.COMMUNE,
                "Bravo", DeliberationEnding.ANNULLED, LocalDate.of(2024, 2, 1), CommuneStage.ANNULLED));
        assertThat(view.route().stages()).containsEntry(CommuneStage.ANNULLED, 1);
    }

    @Test
    void aRetractionBeforeAnySignatureTakesAReadyConventionBackOntoItsRouteUnflagged() {
        untilReady().add(new DeliberationRetracted(ID, A, LocalDate.of(2023, 8, 1), "erreur"))
                .deliverTo(projection);

        ConventionOverviewView view = overview();

        assertThat(view.stage()).isEqualTo(ConventionStage.ROUTE_IN_PROGRESS);
        assertThat(view.milestones().readyToSignOn()).isNull();
        assertThat(view.signatureOnEndedDeliberation()).isFalse();
        assertThat(view.endedAfterSignature()).isEmpty();
        assertThat(view.signatureBlockers()).filteredOn(blocker -> blocker.partyId().equals(A))
                .extracting(PartyBlocker::missing).containsExactly(List.of(RouteStep.PRESENTATION,
                        RouteStep.ADOPTED_VOTE, RouteStep.PREFECTURE_TRANSMISSION, RouteStep.PUBLICATION,
                        RouteStep.SIGNATURE));
    }

    @Test
    void theLegalRouteDeliveredAgainOrInOneBatchChangesNothing() {
        Idempotence.assertTheLegalRouteIsHandledOnceWhateverTheDelivery(projection);
    }

    @Test
    void partyStagesAndWhatEachLacksAreThoseOfTheSharedFoldAndReadiness() {
        SharedFold.assertTheHistoriesReachEveryStageAndMissingStep();
        for (List<Object> events : SharedFold.histories()) {
            ReadModelDatabase.clear(projection.tables());
            SharedFold.asHistory(events).deliverTo(projection);

            SharedFold.folded(events).forEach((conventionId, councils) -> {
                ConventionOverviewView view = projection.handle(new FindConventionOverview(conventionId));
                Map<String, ConventionParty> parties = new LinkedHashMap<>();
                view.parties().forEach(party -> parties.put(party.partyId(), party));
                boolean boardDecided = parties.get(Parties.CAF_ID).boardDecidedOn() != null;
                councils.forEach((council, state) -> {
                    ConventionParty party = parties.get(council);
                    assertThat(party.stage()).as(conventionId + " " + council).isEqualTo(state.stage());
                    assertThat(party.missing()).as(conventionId + " " + council).isEqualTo(
                            PartyReadiness.beforeConventionSigned(party.kind(), state.progress(), boardDecided,
                                    party.signedOn() != null));
                });
                boolean blocked = councils.entrySet().stream().anyMatch(council ->
                        !SharedFold.isEpci(council.getKey()) && council.getValue().progress().blocksSignature());
                boolean someRemain = councils.entrySet().stream().anyMatch(council ->
                        !SharedFold.isEpci(council.getKey()) && council.getValue().stage().inConvention());
                ConventionStage stage = view.stage();
                if (stage == ConventionStage.READY_TO_SIGN) {
                    assertThat(blocked).as(conventionId + " is " + stage).isFalse();
                } else if (stage != ConventionStage.SIGNED) {
                    assertThat(blocked || !someRemain).as(conventionId + " is " + stage).isTrue();
                }
                assertThat(view.route().blockingCommunes()).as(conventionId)
                        .isEqualTo((int) councils.entrySet().stream()
                                .filter(council -> !SharedFold.isEpci(council.getKey()))
                                .filter(council -> council.getValue().progress().blocksSignature()).count());
            });
        }
    }
}
