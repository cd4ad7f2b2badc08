package fr.ctg.audittest.scdl;

import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Epci;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartySiretRecorded;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CouncilVoteCorrected;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationAnnulled;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.DeliberationRetracted;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A convention's history written as the command side writes it (one aggregate per convention), for the audit
 * module's tests, which run without the command side. The communes and the EPCI are the reference data's; the
 * Rive-de-Gier vote is the real deliberation of the source document (ACTES id, decision date, receipt date), with
 * the sample's counts. <b>Test data</b>: the SIRETs (the SIREN followed by a made-up establishment number that passes
 * the Luhn check, see {@code fr.ctg.reference.Siret}), the councils' attendance, the other deliberations and the
 * publication addresses are invented for the tests.
 */
final class ScdlHistory {

    static final Commune RIVE_DE_GIER = new Commune("42186", "Rive-de-Gier", "42", "214201865", 15242);
    static final Commune PAVEZIN = new Commune("42167", "Pavezin", "42", "214201675", 400);
    static final Commune GENILAC = new Commune("42225", "Genilac", "42", "214202251", 3839);
    static final Commune DARGOIRE = new Commune("42083", "Dargoire", "42", "214200834", 524);
    static final Commune SAINT_CHAMOND = new Commune("42207", "Saint-Chamond", "42", "214202079", 35646);
    static final Epci METROPOLE = new Epci("244200770", "Saint-Étienne Métropole", "42", 407700);
    static final String RIVE_DE_GIER_ACTES = "042-214201865-20230906-DEL_2023_064-DE";
    static final String RIVE_DE_GIER_URL = "https://www.ville-rivedegier.fr/deliberations/DEL_2023_064.pdf";
    static final String METROPOLE_URL = "https://www.saint-etienne-metropole.fr/deliberations/DEL_2023_150.pdf";

    /** Test SIRETs (Luhn-valid, each starting with its party's SIREN), by party id. */
    static final Map<String, String> SIRETS = Map.of(
            "42186", "21420186500018", "42167", "21420167500011", "42225", "21420225100010",
            "42207", "21420207900015", "244200770", "24420077000018");

    private final EventStore store;
    private final String conventionId;
    private final List<Object> events = new ArrayList<>();

    ScdlHistory(EventStore store, String conventionId) {
        this.store = store;
        this.conventionId = conventionId;
    }

    /** The definition, with the SIRETs of {@code sirets} (party id to SIRET). */
    ScdlHistory defined(Map<String, String> sirets) {
        List<Commune> p1 = List.of(SAINT_CHAMOND);
        List<Commune> p3 = List.of(DARGOIRE, GENILAC, PAVEZIN, RIVE_DE_GIER);
        events.add(new ConventionDefined(conventionId, "Convention Territoriale Globale du Pays du Gier",
                "Caf de la Loire", new Period(2023, 2027),
                List.of(new Perimeter("P1", "Périmètre 1", p1), new Perimeter("P3", "Périmètre 3", p3)),
                List.of(), List.of(), List.of(), new Parties(METROPOLE, List.of(), new LinkedHashMap<>(sirets))));
        return this;
    }

    ScdlHistory siret(String partyId, String siret) {
        events.add(new PartySiretRecorded(conventionId, partyId, siret));
        return this;
    }

    /** Rive-de-Gier's real deliberation, voted 25-2-1, then corrected, transmitted, published online. */
    ScdlHistory riveDeGier() {
        LocalDate session = LocalDate.parse("2023-09-06");
        String council = RIVE_DE_GIER.inseeCode();
        events.add(new PresentedToMunicipalCouncil(conventionId, council, session));
        events.add(new CouncilVoteRecorded(conventionId, council, session, new VoteCount(25, 2, 1, 0),
                BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "DEL_2023_064", RIVE_DE_GIER_ACTES,
                new Attendance(33, 26, 3), null));
        events.add(new CouncilVoteCorrected(conventionId, council, session, new VoteCount(26, 2, 1, 0),
                BallotType.PUBLIC, null, VoteOutcome.ADOPTED, "Une procuration omise au décompte",
                new Attendance(33, 26, 4)));
        transmittedAndPublished(council, "2023-09-13", RIVE_DE_GIER_ACTES, "2023-09-14", PublicationMode.ELECTRONIC,
                RIVE_DE_GIER_URL);
        return this;
    }

    /** The EPCI's council (conseil communautaire), keyed by its SIREN. */
    ScdlHistory metropole() {
        adopted(METROPOLE.siren(), "2023-10-02", new VoteCount(95, 3, 2, 1), new Attendance(124, 90, 11),
                "DEL_2023_150", "042-244200770-20231002-DEL_2023_150-DE");
        // Imported from the prefecture's receipt: its subject codes are those of the classification, 5.7.
        transmittedAndPublished(METROPOLE.siren(), "2023-10-05", "042-244200770-20231002-DEL_2023_150-DE",
                "2023-10-06", PublicationMode.ELECTRONIC, METROPOLE_URL, List.of("5", "7"));
        return this;
    }

    /** A vote recorded before attendance was (a revision-1 vote upcast: no attendance), published by display. */
    ScdlHistory pavezinWithoutAttendance() {
        adopted(PAVEZIN.inseeCode(), "2023-09-20", new VoteCount(10, 0, 1, 0), null, "2023-12", null);
        events.add(new DeliberationPublished(conventionId, PAVEZIN.inseeCode(), LocalDate.parse("2023-09-22"),
                PublicationMode.DISPLAY, null));
        return this;
    }

    /** Genilac withdraws (retrait) its first deliberation, then adopts a new one. */
    ScdlHistory genilacRetractsThenAdoptsAgain() {
        adopted(GENILAC.inseeCode(), "2023-09-12", new VoteCount(20, 3, 0, 0), new Attendance(27, 22, 1),
                "2023_09_07", null);
        events.add(new DeliberationRetracted(conventionId, GENILAC.inseeCode(), LocalDate.parse("2023-10-01"),
                "Annexe erronée"));
        adopted(GENILAC.inseeCode(), "2023-10-16", new VoteCount(21, 2, 1, 0), new Attendance(27, 23, 1),
                "2023_10_03", null);
        return this;
    }

    /** Dargoire's deliberation is annulled by the court: none left to publish (and no SIRET is needed). */
    ScdlHistory dargoireAnnulled() {
        adopted(DARGOIRE.inseeCode(), "2023-09-15", new VoteCount(12, 1, 0, 0), new Attendance(15, 12, 1),
                "D2023-31", "042-214200834-20230915-D2023_31-DE");
        transmittedAndPublished(DARGOIRE.inseeCode(), "2023-09-18", "042-214200834-20230915-D2023_31-DE",
                "2023-09-18", PublicationMode.PAPER, null);
        events.add(new DeliberationAnnulled(conventionId, DARGOIRE.inseeCode(), LocalDate.parse("2024-03-12"),
                "Tribunal administratif de Lyon", "2301234"));
        return this;
    }

    ScdlHistory saintChamondRejects() {
        LocalDate session = LocalDate.parse("2023-09-25");
        events.add(new PresentedToMunicipalCouncil(conventionId, SAINT_CHAMOND.inseeCode(), session));
        events.add(new CouncilVoteRecorded(conventionId, SAINT_CHAMOND.inseeCode(), session,
                new VoteCount(10, 25, 2, 0), BallotType.PUBLIC, null, VoteOutcome.REJECTED, "2023_09_25_12", null,
                new Attendance(39, 35, 2), null));
        return this;
    }

    private void adopted(String council, String on, VoteCount votes, Attendance attendance, String number,
                         String actesId) {
        LocalDate session = LocalDate.parse(on);
        events.add(new PresentedToMunicipalCouncil(conventionId, council, session));
        events.add(new CouncilVoteRecorded(conventionId, council, session, votes, BallotType.PUBLIC, null,
                VoteOutcome.ADOPTED, number, actesId, attendance, null));
    }

    private void transmittedAndPublished(String council, String receivedOn, String actesId, String publishedOn,
                                         PublicationMode mode, String url) {
        transmittedAndPublished(council, receivedOn, actesId, publishedOn, mode, url, List.of());
    }

    private void transmittedAndPublished(String council, String receivedOn, String actesId, String publishedOn,
                                         PublicationMode mode, String url, List<String> subjectCodes) {
        LocalDate received = LocalDate.parse(receivedOn);
        LocalDate published = LocalDate.parse(publishedOn);
        events.add(new PrefectureTransmissionRecorded(conventionId, council, received, received, actesId,
                subjectCodes));
        events.add(new DeliberationPublished(conventionId, council, published, mode, url));
        events.add(new DeliberationBecameExecutory(conventionId, council,
                received.isAfter(published) ? received : published));
    }

    /** Appends what was added since the last call, in one batch, after the convention's stored events. */
    void append() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        long next = store.lastSequenceNumberFor(conventionId).map(last -> last + 1).orElse(0L);
        for (Object payload : events) {
            messages.add(new GenericDomainEventMessage<>("Convention", conventionId, next++, payload));
        }
        store.publish(messages);
        events.clear();
    }
}
