package fr.ctg.platform.eventstore;

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

/** The indicator events, every field filled, kept apart so that the route's examples grow without touching them. */
final class IndicatorEventExamples {

    private static final String ID = "ctg-pays-du-gier-2023";

    private IndicatorEventExamples() {
    }

    static List<Object> all() {
        return List.of(
                new IndicatorDefined(ID, "ej-08", new IndicatorDefinition("ej-08-places", "Places pré-ado ouvertes",
                        IndicatorUnit.FREE, "places", IndicatorDirection.INCREASE,
                        new YearValue(new BigDecimal("0"), 2022), new YearValue(new BigDecimal("24"), 2026),
                        IndicatorScope.perimeter("P2"))),
                new IndicatorMeasureRecorded(ID, "ej-08", "ej-08-places", 2025, IndicatorScope.commune("42110"),
                        new BigDecimal("12"), "Bilan ALSH 2025", "Ouverture en septembre", "coordinatrice",
                        Instant.parse("2026-01-15T09:30:00Z")),
                new IndicatorMeasureCorrected(ID, "ej-08", "ej-08-places", 2025, IndicatorScope.commune("42110"),
                        new BigDecimal("12"), new BigDecimal("14.5"), "Bilan ALSH 2025 corrigé", "Deux demi-places",
                        "Places à mi-temps oubliées", "admin", Instant.parse("2026-02-01T10:00:00Z")));
    }
}
