package fr.ctg.command.convention;

import fr.ctg.route.DeliberationPublished;
import fr.ctg.route.PublicationMode;
import fr.ctg.route.RecordPublication;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.ctg.command.convention.Fixtures.*;

/** Publication (CGCT L2131-1): electronic by default and from 3,500 inhabitants; display or paper below. */
class PublicationTest {

    private static final LocalDate ON = LocalDate.of(2023, 9, 14);
    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void electronicPublicationRequiredFromThreeThousandFiveHundred() {
        fixture.given(defined(), presented(L_HORME), adopted(L_HORME, "DEL_1"))
                .when(new RecordPublication(ID, L_HORME, ON, PublicationMode.DISPLAY, null, null))
                .expectException(violates("electronic-publication-required"));
    }

    @Test
    void aSmallCommuneMayPublishByDisplay() {
        fixture.given(smallCommune(), presented(SMALL), adopted(SMALL, "DEL_1"))
                .when(new RecordPublication(ID, SMALL, ON, PublicationMode.DISPLAY, null, null))
                .expectEvents(new DeliberationPublished(ID, SMALL, ON, PublicationMode.DISPLAY, null));
    }

    @Test
    void anElectronicPublicationGivesItsAddress() {
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPublication(ID, RIVE_DE_GIER, ON, null, RIVE_DE_GIER_URL, null))
                .expectEvents(new DeliberationPublished(ID, RIVE_DE_GIER, ON, PublicationMode.ELECTRONIC,
                        RIVE_DE_GIER_URL));
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPublication(ID, RIVE_DE_GIER, ON, PublicationMode.ELECTRONIC, null, null))
                .expectException(violates("publication-url-required"));
        fixture.given(defined(), presented(RIVE_DE_GIER), adopted(RIVE_DE_GIER, "DEL_2023_064"))
                .when(new RecordPublication(ID, RIVE_DE_GIER, ON, null, "javascript:alert(1)", null))
                .expectException(violates("publication-url-invalid"));
    }

    @Test
    void onlyAnElectronicPublicationHasAnAddress() {
        fixture.given(smallCommune(), presented(SMALL), adopted(SMALL, "DEL_1"))
                .when(new RecordPublication(ID, SMALL, ON, PublicationMode.PAPER, RIVE_DE_GIER_URL, null))
                .expectException(violates("publication-url-only-electronic"));
    }

    /** Sainte-Croix-en-Jarez (42210, 480 inhabitants), a commune of the Pays du Gier under 3,500. */
    private static final String SMALL = "42210";

    private static fr.ctg.convention.ConventionDefined smallCommune() {
        fr.ctg.convention.ConventionDefined base = defined();
        return new fr.ctg.convention.ConventionDefined(ID, base.name(), base.caf(), base.period(),
                java.util.List.of(new fr.ctg.convention.Perimeter("P3", "Périmètre 3",
                        java.util.List.of(commune(SMALL), commune(RIVE_DE_GIER)))),
                base.themes(), base.stakes(), java.util.List.of(), base.parties());
    }
}
