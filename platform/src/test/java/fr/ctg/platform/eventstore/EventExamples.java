package fr.ctg.platform.eventstore;

import fr.ctg.actionplan.ActionAdded;
import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.actionplan.ActionStatus;
import fr.ctg.actionplan.ActionStatusUpdated;
import fr.ctg.actionplan.committee.AmendmentRequested;
import fr.ctg.actionplan.committee.AnnualReportValidated;
import fr.ctg.actionplan.committee.Attendee;
import fr.ctg.actionplan.committee.CommitteeDecisionRecorded;
import fr.ctg.actionplan.committee.MeetingKind;
import fr.ctg.actionplan.committee.MeetingRecorded;
import fr.ctg.convention.CafBoardDecisionRecorded;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Epci;
import fr.ctg.convention.OtherParty;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import fr.ctg.document.DocumentAttached;
import fr.ctg.document.DocumentRef;
import fr.ctg.document.DocumentRole;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CommuneWithdrawn;
import fr.ctg.route.ConventionSigned;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.PresidentVote;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.route.Signatory;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;

/** One instance of every event type, with every field filled, as the approval test pins them. */
final class EventExamples {

    private static final String ID = "ctg-pays-du-gier-2023";
    private static final String RIVE_DE_GIER = "42186";
    private static final LocalDate SESSION = LocalDate.of(2023, 9, 6);
    private static final ActionSheet ALSH = new ActionSheet("ej-08", "Construire une offre ALSH pré-ado 9-13 ans",
            "P2/P3 + L'Horme", "ENFANCE_JEUNESSE", "EJ-4", ActionLevel.INTERCOMMUNAL, new Period(2025, 2026),
            new ActionScope(List.of("P2", "P3"), List.of("42110")));

    private EventExamples() {
    }

    static List<Object> all() {
        return Stream.of(route(), IndicatorEventExamples.all(), AmendmentEventExamples.all()).flatMap(List::stream).toList();
    }

    private static List<Object> route() {
        return List.of(
                new ConventionDefined(ID, "Convention Territoriale Globale du Pays du Gier", "Caf de la Loire",
                        new Period(2023, 2027),
                        List.of(new Perimeter("P3", "Périmètre 3",
                                List.of(new Commune(RIVE_DE_GIER, "Rive-de-Gier", "42", "214201865", 15242)))),
                        List.of(new Theme("ENFANCE_JEUNESSE", "Enfance/jeunesse")),
                        List.of(new Stake("EJ-4", "ENFANCE_JEUNESSE", "Renouveler l'offre jeunesse")),
                        List.of(ALSH),
                        new Parties(new Epci("244200770", "Saint-Étienne Métropole", "42", 407700),
                                List.of(new OtherParty("departement-42", PartyKind.DEPARTEMENT,
                                        "Département de la Loire")),
                                Map.of(RIVE_DE_GIER, "21420186500018"))),
                new CafBoardDecisionRecorded(ID, LocalDate.of(2023, 6, 27), "CA-2023-06-27"),
                new PartySiretRecorded(ID, "244200770", "24420077000018"),
                new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER, SESSION),
                new QuorumNotReached(ID, RIVE_DE_GIER, LocalDate.of(2023, 9, 1), 33, 14),
                new CouncilVoteRecorded(ID, RIVE_DE_GIER, SESSION, new VoteCount(14, 14, 3, 2), BallotType.PUBLIC,
                        PresidentVote.FOR, VoteOutcome.ADOPTED, "DEL_2023_064", "042-214201865-20230906-DEL_2023_064-DE",
                        new Attendance(33, 12, 3), LocalDate.of(2023, 9, 1)),
                new CouncilVoteCorrected(ID, RIVE_DE_GIER, SESSION, new VoteCount(24, 2, 2, 0), BallotType.PUBLIC, null,
                        VoteOutcome.ADOPTED, "Une abstention saisie comme un vote pour", new Attendance(33, 26, 2)),
                new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, LocalDate.of(2023, 9, 13),
                        LocalDate.of(2023, 9, 13), "042-214201865-20230906-DEL_2023_064-DE", List.of("8", "2")),
                new DocumentAttached(ID, DocumentRole.RECEIPT, RIVE_DE_GIER, new DocumentRef(
                        "9f2c1d0e3b4a59687766554433221100ffeeddccbbaa99887766554433221100", 1234L, "application/xml",
                        "ARActe-042-214201865-20230906-DEL_2023_064-DE.xml")),
                new DeliberationPublished(ID, RIVE_DE_GIER, LocalDate.of(2023, 9, 14), PublicationMode.ELECTRONIC,
                        "https://www.example.fr/deliberations/DEL_2023_064.pdf"),
                new DeliberationBecameExecutory(ID, RIVE_DE_GIER, LocalDate.of(2023, 9, 14)),
                new PrefectLetterReceived(ID, RIVE_DE_GIER, PrefectLetterKind.OBSERVATIONS, LocalDate.of(2023, 10, 20),
                        "Quorum non établi par la feuille de présence"),
                new PrefectLetterAnswered(ID, RIVE_DE_GIER, LocalDate.of(2023, 11, 2), "Feuille de présence jointe"),
                new DeliberationReferredToCourt(ID, RIVE_DE_GIER, LocalDate.of(2023, 12, 20),
                        "Tribunal administratif de Lyon"),
                new DeliberationAnnulled(ID, RIVE_DE_GIER, LocalDate.of(2024, 6, 4), "Tribunal administratif de Lyon",
                        "2301234"),
                new DeliberationRetracted(ID, "42110", LocalDate.of(2023, 10, 10), "Erreur matérielle dans l'annexe"),
                new CommuneWithdrawn(ID, "42110", LocalDate.of(2023, 6, 1), "Adhésion à une autre convention"),
                new PartySigned(ID, "caf", PartyKind.CAF, LocalDate.of(2023, 10, 2),
                        new Signatory("A. Martin", "Directrice", "Caf de la Loire")),
                new ConventionSigned(ID, LocalDate.of(2023, 10, 2),
                        List.of(new GivenSignature("caf", "Caf de la Loire", LocalDate.of(2023, 10, 2), "A. Martin",
                                "Directrice"))),
                new ActionAdded(ID, ALSH),
                new ActionStatusUpdated(ID, "ej-08", ActionStatus.PLANNED, ActionStatus.POSTPONED,
                        LocalDate.of(2025, 3, 1), "Local indisponible", "Travaux du centre social", "copil-2025-03"),
                new MeetingRecorded(ID, "copil-2022-11-10", MeetingKind.COPIL, LocalDate.of(2022, 11, 10),
                        "Rive-de-Gier", List.of(new Attendee("Caf de la Loire", "Copilote", "A. Martin")),
                        List.of("Thèmes prioritaires", "Enjeux")),
                new AnnualReportValidated(ID, "copil-2024-11-20", 2024),
                new AmendmentRequested(ID, "copil-2024-11-20", "Intégrer une fiche sur l'accueil des 11-14 ans"),
                new CommitteeDecisionRecorded(ID, "copil-2022-11-10", "Quatre thèmes priorisés"));
    }
}
