package fr.ctg.query.support;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.Epci;
import fr.ctg.convention.OtherParty;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartyKind;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small convention for projection tests: P1 = A (1000 inhabitants), B (3000); P2 = C (2000), D (500), E (3500).
 * Actions: a1 intercommunal P1+P2 2023-2024 (PE); a2 perimeter P1 2025-2026 (EJ); a3 communal, commune C only,
 * 2023-2024 (EJ); a4 intercommunal P1+P2 2027 (PE). {@link #withParties} adds the EPCI (its council keyed by
 * {@link #EPCI}, its SIREN) and the Département as parties.
 */
public final class TestConvention {

    public static final String A = "42001";
    public static final String B = "42002";
    public static final String C = "42003";
    public static final String D = "42004";
    public static final String E = "42005";
    public static final String EPCI = "244200770";
    public static final String DEPARTEMENT = "departement-42";
    public static final String CAF_SIRET = "53481405100016";
    /** Every vote's council, unless a test says otherwise: a quorum of 25 of 29 in office, no proxy. */
    public static final Attendance ATTENDANCE = new Attendance(29, 25, 0);

    private TestConvention() {
    }

    public static ConventionDefined defined(String conventionId) {
        return new ConventionDefined(conventionId, "CTG " + conventionId, "Caf de test", new Period(2023, 2027),
                List.of(new Perimeter("P1", "Périmètre 1", List.of(commune(A, "Alpha", 1000), commune(B, "Bravo", 3000))),
                        new Perimeter("P2", "Périmètre 2", List.of(commune(C, "Charlie", 2000),
                                commune(D, "Delta", 500), commune(E, "Echo", 3500)))),
                List.of(new Theme("PE", "Petite enfance"), new Theme("EJ", "Enfance jeunesse")),
                List.of(new Stake("PE-1", "PE", "Stake PE"), new Stake("EJ-1", "EJ", "Stake EJ")),
                List.of(action("a1", "PE", ActionLevel.INTERCOMMUNAL, 2023, 2024, List.of("P1", "P2"), List.of()),
                        action("a2", "EJ", ActionLevel.PERIMETER, 2025, 2026, List.of("P1"), List.of()),
                        action("a3", "EJ", ActionLevel.COMMUNAL, 2023, 2024, List.of(), List.of(C)),
                        action("a4", "PE", ActionLevel.INTERCOMMUNAL, 2027, 2027, List.of("P1", "P2"), List.of())),
                Parties.NONE);
    }

    /** The same convention signed also by Saint-Étienne Métropole and the Département; the CAF's SIRET known. */
    public static ConventionDefined withParties(String conventionId) {
        ConventionDefined communesOnly = defined(conventionId);
        return new ConventionDefined(conventionId, communesOnly.name(), communesOnly.caf(), communesOnly.period(),
                communesOnly.perimeters(), communesOnly.themes(), communesOnly.stakes(), communesOnly.actions(),
                new Parties(new Epci(EPCI, "Saint-Étienne Métropole", "42", 404_000),
                        List.of(new OtherParty(DEPARTEMENT, PartyKind.DEPARTEMENT, "Département de la Loire")),
                        Map.of(Parties.CAF_ID, CAF_SIRET)));
    }

    public static DeliberationPublished published(String conventionId, String insee, LocalDate on) {
        return new DeliberationPublished(conventionId, insee, on, PublicationMode.ELECTRONIC,
                "https://example.invalid/deliberations/" + insee);
    }

    public static ActionSheet action(String id, String theme, ActionLevel level, int from, int to,
                                     List<String> perimeters, List<String> communes) {
        return new ActionSheet(id, "Action " + id, null, theme, theme + "-1", level, new Period(from, to),
                new ActionScope(perimeters, communes));
    }

    public static CouncilVoteRecorded vote(String conventionId, String insee, LocalDate on, VoteOutcome outcome) {
        VoteCount votes = outcome == VoteOutcome.ADOPTED ? new VoteCount(20, 3, 2, 0) : new VoteCount(8, 15, 1, 1);
        return new CouncilVoteRecorded(conventionId, insee, on, votes, BallotType.PUBLIC, null, outcome,
                "DEL_" + insee, null, ATTENDANCE, null);
    }

    private static Commune commune(String insee, String name, int population) {
        return new Commune(insee, name, "42", "2142000" + insee.substring(3), population);
    }
}
