package fr.ctg.command.convention;

import fr.ctg.actionplan.ActionLevel;
import fr.ctg.actionplan.ActionScope;
import fr.ctg.actionplan.ActionSheet;
import fr.ctg.command.reference.ReferenceCommunes;
import fr.ctg.convention.Commune;
import fr.ctg.convention.ConventionDefined;
import fr.ctg.convention.DefineConvention;
import fr.ctg.convention.Parties;
import fr.ctg.convention.PartiesDraft;
import fr.ctg.convention.Perimeter;
import fr.ctg.convention.PerimeterDraft;
import fr.ctg.convention.Period;
import fr.ctg.convention.Stake;
import fr.ctg.convention.Theme;
import fr.ctg.route.Attendance;
import fr.ctg.route.BallotType;
import fr.ctg.route.CouncilSize;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.CouncilVoteRecorded;
import fr.ctg.route.DeliberationBecameExecutory;
import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PrefectureTransmissionRecorded;
import fr.ctg.route.PresentedToMunicipalCouncil;
import fr.ctg.route.VoteCount;
import fr.ctg.route.VoteOutcome;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A small convention of three real communes of the Pays du Gier, and the events of a complete route. */
final class Fixtures {

    static final String ID = "ctg-test";
    static final String RIVE_DE_GIER = "42186";
    static final String SAINT_CHAMOND = "42207";
    static final String L_HORME = "42110";
    static final LocalDate SESSION = LocalDate.of(2023, 9, 6);
    static final String RIVE_DE_GIER_ACTES = "042-214201865-20230906-DEL_2023_064-DE";
    /** An address of the kind a commune publishes at (test data: the source does not give it). */
    static final String RIVE_DE_GIER_URL = "https://www.example.fr/rive-de-gier/deliberations/DEL_2023_064.pdf";
    static final ReferenceCommunes REFERENCE = ReferenceCommunes.load();
    /** Saint-Étienne Métropole, the intercommunality of every commune of the Pays du Gier. */
    static final String METROPOLE = "244200770";
    /** Today in Paris, for the rules that bound route dates: a fixed day, long after the sample's route. */
    static final Today TODAY = () -> LocalDate.of(2026, 6, 1);
    static final Period PERIOD = new Period(2023, 2027);
    static final ActionSheet NETWORK = new ActionSheet("pe-01", "Constituer et animer un réseau des acteurs",
            null, "PE", "PE-1", ActionLevel.INTERCOMMUNAL, new Period(2023, 2024),
            new ActionScope(List.of("P1", "P3"), List.of()));

    private Fixtures() {
    }

    /** A fixture of the aggregate with the reference data and the fixed clock its handlers take. */
    static AggregateTestFixture<Convention> fixture() {
        AggregateTestFixture<Convention> fixture = new AggregateTestFixture<>(Convention.class);
        fixture.registerInjectableResource(REFERENCE);
        fixture.registerInjectableResource(TODAY);
        return fixture;
    }

    static DefineConvention define() {
        return define(null);
    }

    static DefineConvention define(PartiesDraft parties) {
        return new DefineConvention(ID, "CTG de test", "Caf de la Loire", PERIOD,
                List.of(new PerimeterDraft("P1", "Périmètre 1", List.of(L_HORME, SAINT_CHAMOND)),
                        new PerimeterDraft("P3", "Périmètre 3", List.of(RIVE_DE_GIER))),
                List.of(new Theme("PE", "Petite enfance")),
                List.of(new Stake("PE-1", "PE", "Améliorer la qualité de l'offre")),
                List.of(NETWORK), parties);
    }

    /** The CAF and the three communes. */
    static ConventionDefined defined() {
        return defined(Parties.NONE);
    }

    /** The CAF, Saint-Étienne Métropole and the three communes. */
    static ConventionDefined definedWithMetropole() {
        return defined(new Parties(REFERENCE.findEpci(METROPOLE).orElseThrow(), List.of(), Map.of()));
    }

    static ConventionDefined defined(Parties parties) {
        return new ConventionDefined(ID, "CTG de test", "Caf de la Loire", PERIOD,
                List.of(new Perimeter("P1", "Périmètre 1", List.of(commune(L_HORME), commune(SAINT_CHAMOND))),
                        new Perimeter("P3", "Périmètre 3", List.of(commune(RIVE_DE_GIER)))),
                List.of(new Theme("PE", "Petite enfance")),
                List.of(new Stake("PE-1", "PE", "Améliorer la qualité de l'offre")),
                List.of(NETWORK), parties);
    }

    /** Every member of the council in office but one present, none represented: a quorum. */
    static Attendance attending(String insee) {
        int size = CouncilSize.ofMunicipalCouncil(commune(insee).population());
        return new Attendance(size, size - 1, 0);
    }

    static Commune commune(String insee) {
        return REFERENCE.find(insee).orElseThrow();
    }

    static PresentedToMunicipalCouncil presented(String insee) {
        return new PresentedToMunicipalCouncil(ID, insee, SESSION);
    }

    static CouncilVoteRecorded adopted(String insee, String number) {
        return new CouncilVoteRecorded(ID, insee, SESSION, new VoteCount(20, 3, 2, 0), BallotType.PUBLIC, null,
                VoteOutcome.ADOPTED, number, null, attending(insee), null);
    }

    static CouncilVoteRecorded rejected(String insee) {
        return new CouncilVoteRecorded(ID, insee, SESSION, new VoteCount(3, 20, 2, 0), BallotType.PUBLIC, null,
                VoteOutcome.REJECTED, "DEL_1", null, attending(insee), null);
    }

    /** Rive-de-Gier's whole route, with its real deliberation. */
    static Object[] riveDeGierExecutory() {
        return new Object[]{presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"),
                new PrefectureTransmissionRecorded(ID, RIVE_DE_GIER, LocalDate.of(2023, 9, 13),
                        LocalDate.of(2023, 9, 13), RIVE_DE_GIER_ACTES),
                new DeliberationPublished(ID, RIVE_DE_GIER, LocalDate.of(2023, 9, 14), PublicationMode.ELECTRONIC,
                        RIVE_DE_GIER_URL),
                new DeliberationBecameExecutory(ID, RIVE_DE_GIER, LocalDate.of(2023, 9, 14))};
    }

    static Matcher<Throwable> withDetails(java.util.Map<String, Object> details) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof RuleViolation violation && violation.details().equals(details);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation with details " + details);
            }

            @Override
            protected void describeMismatchSafely(Throwable item, Description mismatch) {
                mismatch.appendText(item instanceof RuleViolation v ? "details " + v.details() : item.toString());
            }
        };
    }

    static Matcher<Throwable> violates(String rule) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof RuleViolation violation && violation.rule().equals(rule);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation of rule " + rule);
            }

            @Override
            protected void describeMismatchSafely(Throwable item, Description mismatch) {
                mismatch.appendText(item instanceof RuleViolation v ? "rule " + v.rule() + ": " + v.getMessage()
                        : item.toString());
            }
        };
    }
}
