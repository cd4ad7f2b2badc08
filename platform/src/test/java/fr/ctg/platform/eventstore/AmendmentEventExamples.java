package fr.ctg.platform.eventstore;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.amendment.ActionLink;
import fr.ctg.amendment.AmendmentBecameExecutory;
import fr.ctg.amendment.AmendmentChangeAdded;
import fr.ctg.amendment.AmendmentClosed;
import fr.ctg.amendment.AmendmentInForce;
import fr.ctg.amendment.AmendmentOpened;
import fr.ctg.amendment.AmendmentPartySigned;
import fr.ctg.amendment.AmendmentPresented;
import fr.ctg.amendment.AmendmentPublished;
import fr.ctg.amendment.AmendmentState;
import fr.ctg.amendment.AmendmentSubmitted;
import fr.ctg.amendment.AmendmentTransmissionRecorded;
import fr.ctg.amendment.AmendmentVoteRecorded;
import fr.ctg.amendment.AmendmentDeliberationAnnulled;
import fr.ctg.amendment.AmendmentDeliberationRetracted;
import fr.ctg.amendment.AmendmentPrefectLetterAnswered;
import fr.ctg.amendment.AmendmentPrefectLetterReceived;
import fr.ctg.amendment.AmendmentQuorumNotReached;
import fr.ctg.amendment.AmendmentReferredToCourt;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationReferredToCourt;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.PrefectLetterAnswered;
import fr.ctg.route.PrefectLetterKind;
import fr.ctg.route.PrefectLetterReceived;
import fr.ctg.route.QuorumNotReached;
import fr.ctg.amendment.EndedAction;
import fr.ctg.amendment.PlanChange;
import fr.ctg.amendment.PlanVersion;
import fr.ctg.convention.Commune;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.GivenSignature;
import fr.ctg.route.PartySigned;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.Signatory;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;
import java.util.List;

/** One instance of every amendment event, every field filled. */
final class AmendmentEventExamples {

    private static final String ID = "ctg-pays-du-gier-2023";
    private static final String RIVE_DE_GIER = "42186";
    private static final String ACTES = "042-214201865-20250115-DEL_2025_004-DE";
    private static final LocalDate VOTED = LocalDate.of(2025, 1, 15);
    private static final ActionSheet GUICHET = new ActionSheet("par-03",
            "Identifier un guichet d'information unique des parents", "Fusion de par-02 et ej-09", "PARENTALITES",
            "PAR-1", ActionLevel.PERIMETER, new Period(2025, 2026), new ActionScope(List.of("P3"), List.of()));

    private AmendmentEventExamples() {
    }

    static List<Object> all() {
        Commune rive = new Commune(RIVE_DE_GIER, "Rive-de-Gier", "42", "214201865", 15242);
        PlanVersion plan = new PlanVersion(2, new Period(2023, 2027),
                List.of(new Perimeter("P3", "Périmètre 3", List.of(rive))), List.of(GUICHET),
                List.of(new ActionLink("par-02", "par-03", ActionLink.LinkKind.MERGED_INTO, 1)));
        return List.of(
                new AmendmentOpened(ID, 1, 2, "Avenant n° 1", "Un seul guichet des parents", "copil-2024-11-20",
                        List.of("caf", RIVE_DE_GIER), LocalDate.of(2024, 12, 2)),
                new AmendmentChangeAdded(ID, 1, PlanChange.merge(List.of("par-02", "ej-09"), GUICHET)),
                new AmendmentSubmitted(ID, 1, LocalDate.of(2024, 12, 10)),
                new AmendmentClosed(ID, 1, AmendmentState.WITHDRAWN, LocalDate.of(2024, 12, 20), "Retiré en COPIL"),
                new AmendmentPresented(ID, 1, new PresentedToMunicipalCouncil(ID, RIVE_DE_GIER, VOTED)),
                new AmendmentVoteRecorded(ID, 1, new CouncilVoteRecorded(ID, RIVE_DE_GIER, VOTED,
                        new VoteCount(25, 2, 1, 0), BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "DEL_2025_004",
                        ACTES, new Attendance(33, 28, 0), null)),
                new AmendmentTransmissionRecorded(ID, 1, new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER,
                        VOTED.plusDays(2), VOTED.plusDays(2), ACTES, List.of("8.5"))),
                new AmendmentPublished(ID, 1, new DeliberationPublished(ID, RIVE_DE_GIER, VOTED.plusDays(3),
                        PublicationMode.ELECTRONIC, "https://www.example.fr/rive-de-gier/DEL_2025_004.pdf")),
                new AmendmentBecameExecutory(ID, 1, new DeliberationBecameExecutory(ID, RIVE_DE_GIER,
                        VOTED.plusDays(3))),
                new AmendmentQuorumNotReached(ID, 1, new QuorumNotReached(ID, RIVE_DE_GIER, VOTED.minusDays(4), 33,
                        12)),
                new AmendmentPrefectLetterReceived(ID, 1, new PrefectLetterReceived(ID, RIVE_DE_GIER,
                        PrefectLetterKind.OBSERVATIONS, VOTED.plusDays(20), "Annexe financière manquante")),
                new AmendmentPrefectLetterAnswered(ID, 1, new PrefectLetterAnswered(ID, RIVE_DE_GIER,
                        VOTED.plusDays(30), "Annexe transmise")),
                new AmendmentReferredToCourt(ID, 1, new DeliberationReferredToCourt(ID, RIVE_DE_GIER,
                        VOTED.plusDays(50), "Tribunal administratif de Lyon")),
                new AmendmentDeliberationAnnulled(ID, 1, new DeliberationAnnulled(ID, RIVE_DE_GIER,
                        VOTED.plusDays(200), "Tribunal administratif de Lyon", "2501234")),
                new AmendmentDeliberationRetracted(ID, 1, new DeliberationRetracted(ID, RIVE_DE_GIER,
                        VOTED.plusDays(40), "Erreur matérielle")),
                new AmendmentPartySigned(ID, 1, new PartySigned(ID, "caf", PartyKind.CAF, VOTED.plusDays(10),
                        new Signatory("A. Martin", "Directrice", "Caf de la Loire"))),
                new AmendmentInForce(ID, 1, 2, VOTED.plusDays(12), List.of(new GivenSignature("caf",
                        "Caf de la Loire", VOTED.plusDays(10), "A. Martin", "Directrice")), plan,
                        List.of(new EndedAction("par-02", 1, VOTED.plusDays(12)))));
    }
}
