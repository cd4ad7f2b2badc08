package fr.ctg.command.convention;

import fr.ctg.route.PresentToMunicipalCouncil;
import fr.ctg.route.PresentedToMunicipalCouncil;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static fr.ctg.command.convention.Fixtures.*;

/** Route dates lie between 1 January of the year before the period and today in Paris. */
class RouteDatesTest {

    private AggregateTestFixture<Convention> fixture;

    @BeforeEach
    void setUp() {
        fixture = Fixtures.fixture();
    }

    @Test
    void cannotDateARouteStepLongBeforeTheConvention() {
        fixture.given(defined()).when(new PresentToMunicipalCouncil(ID, L_HORME, LocalDate.of(1999, 9, 6), null))
                .expectException(violates("date-outside-route-window"));
        fixture.given(defined()).when(new PresentToMunicipalCouncil(ID, L_HORME, LocalDate.of(2022, 1, 1), null))
                .expectEvents(new PresentedToMunicipalCouncil(ID, L_HORME, LocalDate.of(2022, 1, 1)));
    }

    @Test
    void notAfterToday() {
        AggregateTestFixture<Convention> newYear = new AggregateTestFixture<>(Convention.class);
        newYear.registerInjectableResource(REFERENCE);
        newYear.registerInjectableResource((Today) () -> LocalDate.of(2027, 1, 1));
        newYear.given(defined()).when(new PresentToMunicipalCouncil(ID, L_HORME, LocalDate.of(2027, 1, 1), null))
                .expectSuccessfulHandlerExecution();
        newYear.given(defined()).when(new PresentToMunicipalCouncil(ID, L_HORME, LocalDate.of(2027, 1, 2), null))
                .expectException(violates("date-outside-route-window"));
    }
}
