package fr.ctg.query.support;

import fr.ctg.actionplan.indicator.IndicatorDefined;
import fr.ctg.actionplan.indicator.IndicatorDefinition;
import fr.ctg.actionplan.indicator.IndicatorDirection;
import fr.ctg.actionplan.indicator.IndicatorMeasureCorrected;
import fr.ctg.actionplan.indicator.IndicatorMeasureRecorded;
import fr.ctg.actionplan.indicator.IndicatorScope;
import fr.ctg.actionplan.indicator.IndicatorUnit;
import fr.ctg.actionplan.indicator.YearValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Indicators on {@link TestConvention}'s actions: a1 "meetings" (0 in 2022 up to 4 in 2027), measured 3 in 2023
 * and 1 in commune A in 2024; a2 "waiting" (10 in 2022 down to 5 in 2027), measured 12 in 2025, corrected to 7.
 */
public final class TestIndicators {

    public static final Instant AT = Instant.parse("2025-01-20T10:00:00Z");
    public static final IndicatorDefinition MEETINGS = new IndicatorDefinition("meetings", "Réunions par an",
            IndicatorUnit.COUNT, null, IndicatorDirection.INCREASE, new YearValue(BigDecimal.ZERO, 2022),
            new YearValue(new BigDecimal("4"), 2027), null);
    public static final IndicatorDefinition WAITING = new IndicatorDefinition("waiting", "Familles en attente",
            IndicatorUnit.FREE, "familles", IndicatorDirection.DECREASE, new YearValue(BigDecimal.TEN, 2022),
            new YearValue(new BigDecimal("5"), 2027), IndicatorScope.perimeter("P1"));

    private TestIndicators() {
    }

    public static List<Object> events(String id) {
        return List.of(
                new IndicatorDefined(id, "a1", MEETINGS),
                new IndicatorMeasureRecorded(id, "a1", "meetings", 2023, null, new BigDecimal("3"), "Comptes rendus",
                        null, "coordinatrice", AT),
                new IndicatorMeasureRecorded(id, "a1", "meetings", 2024, IndicatorScope.commune(TestConvention.A),
                        BigDecimal.ONE, "Comptes rendus", "Alpha seule", "coordinatrice", AT),
                new IndicatorDefined(id, "a2", WAITING),
                new IndicatorMeasureRecorded(id, "a2", "waiting", 2025, null, new BigDecimal("12"), "Liste d'attente",
                        null, "coordinatrice", AT),
                new IndicatorMeasureCorrected(id, "a2", "waiting", 2025, null, new BigDecimal("12"),
                        new BigDecimal("7"), "Liste d'attente", "doublons retirés", "Cinq doublons", "admin",
                        AT.plusSeconds(60)));
    }
}
