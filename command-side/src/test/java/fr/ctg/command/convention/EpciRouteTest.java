package fr.ctg.command.convention;

import fr.ctg.convention.Epci;
import fr.ctg.convention.OtherParty;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartiesDraft;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.convention.RecordPartySiret;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.RecordCouncilVote;
import fr.ctg.route.RecordPublication;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static fr.ctg.command.convention.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The intercommunality as a party: its council follows the communes' route, with its own SIREN and population. */
class EpciRouteTest {

    private static final LocalDate COUNCIL = LocalDate.of(2023, 9, 28);
    private static final String METROPOLE_ACTES = "042-244200770-20230928-DEL_2023_120-DE";
    private static final VoteCount COUNTS = new VoteCount(90, 2, 3, 0);
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void aDefinitionNamesTheEpciFromTheReferenceData() {
        Epci metropole = REFERENCE.findEpci(METROPOLE).orElseThrow();
        assertThat(metropole.name()).isEqualTo("Saint-Étienne Métropole");
        assertThat(metropole.departement()).isEqualTo("42");
        fixture.givenNoPriorActivity()
                .when(define(new PartiesDraft(METROPOLE, List.of(new OtherParty("departement-42",
                        PartyKind.DEPARTEMENT, "Département de la Loire")), Map.of())))
                .expectEvents(defined(new Parties(metropole, List.of(new OtherParty("departement-42",
                        PartyKind.DEPARTEMENT, "Département de la Loire")), Map.of())));
    }

    @Test
    void anUnknownEpciOrOneWithoutTheConventionsCommunesIsRefused() {
        fixture.givenNoPriorActivity().when(define(new PartiesDraft("244200771", List.of(), Map.of())))
                .expectException(violates("epci-unknown"));
        fixture.givenNoPriorActivity().when(define(new PartiesDraft("200046977", List.of(), Map.of())))
                .expectException(violates("epci-without-member-commune"));
    }

    @Test
    void theEpcisCouncilVotesWithItsOwnActesId() {
        fixture.given(definedWithMetropole(), new PresentedToMunicipalCouncil(ID, METROPOLE, COUNCIL))
                .when(epciVote(METROPOLE_ACTES))
                .expectEvents(new CouncilVoteRecorded(ID, METROPOLE, COUNCIL, COUNTS, BallotType.PUBLIC, null,
                        VoteOutcome.ADOPTED, "DEL_2023_120", METROPOLE_ACTES, new Attendance(124, 95, 0), null));
    }

    @Test
    void theEpcisActesIdIsRefusedForACommune() {
        fixture.given(definedWithMetropole(), new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER, COUNCIL))
                .when(new RecordCouncilVote(ID, RIVE_DE_GIER, COUNCIL, new VoteCount(25, 2, 1, 0), null, 30, 0,
                        BallotType.PUBLIC, null, "DEL_2023_120", METROPOLE_ACTES, null))
                .expectException(violates("actes-id-siren-mismatch"));
    }

    @Test
    void aConventionWithoutAnEpciHasNoEpciRoute() {
        fixture.given(defined())
                .when(new PresentToMunicipalCouncil(ID, METROPOLE, COUNCIL, null))
                .expectException(violates("epci-not-a-party"));
    }

    @Test
    void theEpciPublishesElectronicallyByItsPopulation() {
        fixture.given(definedWithMetropole(), new PresentedToMunicipalCouncil(ID, METROPOLE, COUNCIL),
                        new CouncilVoteRecorded(ID, METROPOLE, COUNCIL, COUNTS, BallotType.PUBLIC, null,
                                VoteOutcome.ADOPTED, "DEL_2023_120", METROPOLE_ACTES, new Attendance(124, 95, 0), null))
                .when(new RecordPublication(ID, METROPOLE, COUNCIL.plusDays(1), PublicationMode.PAPER, null, null))
                .expectException(violates("electronic-publication-required"));
    }

    @Test
    void aPartysSiretIsLuhnCheckedAndStartsWithItsSiren() {
        fixture.given(definedWithMetropole())
                .when(new RecordPartySiret(ID, METROPOLE, "24420077000018", null))
                .expectEvents(new PartySiretRecorded(ID, METROPOLE, "24420077000018"));
        fixture.given(definedWithMetropole())
                .when(new RecordPartySiret(ID, METROPOLE, "24420077000017", null))
                .expectException(violates("siret-invalid"));
        fixture.given(definedWithMetropole())
                .when(new RecordPartySiret(ID, RIVE_DE_GIER, "24420077000018", null))
                .expectException(violates("siret-siren-mismatch"));
        fixture.givenNoPriorActivity()
                .when(define(new PartiesDraft(null, List.of(), Map.of(RIVE_DE_GIER, "21420186500010"))))
                .expectException(violates("siret-invalid"));
    }

    private static RecordCouncilVote epciVote(String actesId) {
        return new RecordCouncilVote(ID, METROPOLE, COUNCIL, COUNTS, 124, 95, 0, BallotType.PUBLIC, null,
                "DEL_2023_120", actesId, null);
    }
}
